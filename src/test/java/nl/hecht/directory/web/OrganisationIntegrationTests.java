package nl.hecht.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.CurrentUser;

/**
 * The organisation register's list and form: RESV staff register and change organisations; wrong AGB codes, KvK
 * numbers and list sizes come back as typed with a Dutch message at the field; others get 403 and see no data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OrganisationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Organisations organisations;

    private RequestPostProcessor as(String username) {
        AccountSummary account = accounts.findByUsername(username).orElseThrow();
        CurrentUser user = new CurrentUser(account.id(), account.username(), account.displayName(),
                account.organisation(), account.discipline(), account.roles());
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("MFA_VERIFIED"));
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authentication(new UsernamePasswordAuthenticationToken(user, null, authorities));
    }

    private static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    private Organisation named(String name) {
        return organisations.findByName(name).orElseThrow();
    }

    @Test
    void resvStaffSeeTheRegister() throws Exception {
        assertThat(body(mvc.perform(get("/organisations").with(as("resv"))).andExpect(status().isOk())
                .andExpect(view().name(OrganisationController.LIST_VIEW))))
                .contains("Huisartsenpraktijk De Linde", "huisartsenpraktijk", "2.850", "/organisations/new");
    }

    @Test
    void resvStaffRegisterAGpPracticeWithItsListSize() throws Exception {
        mvc.perform(get("/organisations/new").with(as("resv"))).andExpect(status().isOk())
                .andExpect(view().name(OrganisationController.FORM_VIEW));

        mvc.perform(post("/organisations").with(as("resv")).with(csrf()).param("name", "Huisartsenpraktijk Zuidrand")
                .param("type", "GP_PRACTICE").param("agbCode", "01990099").param("kvkNumber", "12345678")
                .param("listSize", "2750")).andExpect(redirectedUrl("/organisations"))
                .andExpect(flash().attribute("flashMessage", "organisation.registered"));

        Organisation registered = named("Huisartsenpraktijk Zuidrand");
        assertThat(registered.type()).isEqualTo(OrganisationType.GP_PRACTICE);
        assertThat(registered.kvkNumber()).isEqualTo("12345678");
        assertThat(registered.listSize()).isEqualTo(2750);
    }

    @Test
    void wrongCodesComeBackAsTypedWithDutchMessagesAtTheFields() throws Exception {
        String html = body(mvc.perform(post("/organisations").with(as("resv")).with(csrf())
                .param("name", "Apotheek Zuidrand").param("type", "PHARMACY").param("agbCode", "0299")
                .param("kvkNumber", "1234 567A").param("listSize", "1200")).andExpect(status().isOk())
                .andExpect(view().name(OrganisationController.FORM_VIEW)));

        assertThat(html).contains("Niet alles is goed ingevuld", "id=\"agbCode-error\"",
                "Een AGB-code bestaat uit 8 cijfers.", "id=\"kvkNumber-error\"", "Een KvK-nummer bestaat uit 8 cijfers.",
                "value=\"Apotheek Zuidrand\"", "value=\"0299\"", "value=\"1234 567A\"", "value=\"PHARMACY\" selected");
        assertThat(body(mvc.perform(post("/organisations").with(as("resv")).with(csrf())
                .param("name", "Apotheek Zuidrand").param("type", "PHARMACY").param("listSize", "1200"))
                .andExpect(status().isOk()))).contains("id=\"listSize-error\"",
                        "Alleen een huisartsenpraktijk heeft een praktijkgrootte", "value=\"1200\"");
        assertThat(body(mvc.perform(post("/organisations").with(as("resv")).with(csrf())
                .param("name", "Huisartsenpraktijk De Linde").param("type", "GP_PRACTICE").param("listSize", "veel"))
                .andExpect(status().isOk()))).contains("Vul de praktijkgrootte in als aantal", "value=\"veel\"");
        assertThat(body(mvc.perform(post("/organisations").with(as("resv")).with(csrf())
                .param("name", "Huisartsenpraktijk De Linde").param("type", "GP_PRACTICE"))
                .andExpect(status().isOk()))).contains("id=\"name-error\"", "Er is al een organisatie met deze naam.");
        assertThat(body(mvc.perform(post("/organisations").with(as("resv")).with(csrf()).param("name", "")
                .param("type", "")).andExpect(status().isOk())))
                .contains("id=\"name-error\"", "id=\"type-error\"", "Kies de soort organisatie.");
        assertThat(organisations.findByName("Apotheek Zuidrand")).isEmpty();
    }

    @Test
    void resvStaffChangeAPracticesListSize() throws Exception {
        Organisation linde = named("Huisartsenpraktijk De Linde");
        assertThat(body(mvc.perform(get("/organisations/{id}/edit", linde.id()).with(as("resv")))
                .andExpect(status().isOk()))).contains("value=\"Huisartsenpraktijk De Linde\"", "value=\"2850\"");

        mvc.perform(post("/organisations/{id}", linde.id()).with(as("resv")).with(csrf())
                .param("name", "Huisartsenpraktijk De Linde").param("type", "GP_PRACTICE")
                .param("agbCode", linde.agbCode()).param("kvkNumber", "87654321").param("listSize", "3010"))
                .andExpect(redirectedUrl("/organisations"))
                .andExpect(flash().attribute("flashMessage", "organisation.changed"));

        assertThat(named("Huisartsenpraktijk De Linde").listSize()).isEqualTo(3010);
        assertThat(named("Huisartsenpraktijk De Linde").kvkNumber()).isEqualTo("87654321");
    }

    @Test
    void coordinatorsProfessionalsAndClientsSeeNoneOfTheRegister() throws Exception {
        Organisation linde = named("Huisartsenpraktijk De Linde");

        for (String username : List.of("coordinator", "nurse", "client")) {
            String html = body(mvc.perform(get("/organisations").with(as(username))).andExpect(status().isForbidden()));
            assertThat(html).doesNotContain("Huisartsenpraktijk De Linde");
            mvc.perform(get("/organisations/{id}/edit", linde.id()).with(as(username)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/organisations/{id}", linde.id()).with(as("coordinator")).with(csrf())
                .param("name", "Overgenomen").param("type", "GP_PRACTICE")).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/{id}/edit", OrganisationId.random()).with(as("resv")))
                .andExpect(status().isNotFound());
        assertThat(named("Huisartsenpraktijk De Linde").name()).isEqualTo("Huisartsenpraktijk De Linde");
    }
}
