package nl.hecht.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.hecht.identity.Role;
import nl.hecht.identity.internal.AccountDetails;
import nl.hecht.identity.internal.AccountManagement;
import nl.hecht.shared.MutableClock;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class InvitationControllerIntegrationTests {

    private static final String PASSWORD = "fietsen langs de vecht in mei";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;

    @Test
    void theLinkShowsAFormToSetThePassword() throws Exception {
        String username = unique("welkom");
        String token = invite(username);

        mvc.perform(get("/invite/{token}", token))
                .andExpect(status().isOk())
                .andExpect(view().name(InvitationController.VIEW))
                .andExpect(content().string(allOf(containsString(username), containsString("Minstens 12 tekens"))));
    }

    @Test
    void aShortPasswordIsRefusedWithTheMinimumLength() throws Exception {
        String token = invite(unique("short"));

        mvc.perform(post("/invite/{token}", token).with(csrf()).param("password", "te kort").param("repeat", "te kort"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het wachtwoord is te kort: gebruik minstens 12 tekens.")));
        assertThat(accounts.accountForInvitation(token)).as("the link still works").isPresent();
    }

    @Test
    void twoDifferentPasswordsAreRefused() throws Exception {
        String token = invite(unique("mismatch"));

        mvc.perform(post("/invite/{token}", token).with(csrf()).param("password", PASSWORD).param("repeat", PASSWORD + "!"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("De twee wachtwoorden zijn niet gelijk."),
                        not(containsString(PASSWORD)))));
    }

    @Test
    void aGoodPasswordLeadsToTheLoginPage() throws Exception {
        String token = invite(unique("done"));

        MvcResult result = mvc.perform(post("/invite/{token}", token).with(csrf()).param("password", PASSWORD)
                        .param("repeat", PASSWORD))
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("passwordSet", true))
                .andReturn();
        // the flash attribute travels in the (Spring Session) session, named by its cookie
        mvc.perform(get("/login").cookie(result.getResponse().getCookie("SESSION")))
                .andExpect(content().string(containsString("Uw wachtwoord is ingesteld.")));
    }

    @Test
    void anUnknownOrUsedLinkGivesAClearPageWithoutDetails() throws Exception {
        mvc.perform(get("/invite/{token}", "onbekend-token"))
                .andExpect(status().isNotFound())
                .andExpect(view().name(InvitationController.VIEW_INVALID))
                .andExpect(content().string(allOf(containsString("Deze link is niet (meer) geldig."),
                        not(containsString("Exception")))));

        String token = invite(unique("used"));
        mvc.perform(post("/invite/{token}", token).with(csrf()).param("password", PASSWORD).param("repeat", PASSWORD))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/invite/{token}", token)).andExpect(status().isNotFound());
        mvc.perform(post("/invite/{token}", token).with(csrf()).param("password", PASSWORD).param("repeat", PASSWORD))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Deze link is niet (meer) geldig.")));
    }

    private String invite(String username) {
        String link = accounts.invite(username, new AccountDetails("Test Persoon", username + "@example.nl", null, null),
                Set.of(Role.CLIENT)).link();
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
