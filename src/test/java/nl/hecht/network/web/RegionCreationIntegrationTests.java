package nl.hecht.network.web;

import static nl.hecht.network.web.WebUsers.stranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.Accounts;
import nl.hecht.identity.Role;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionManagement;
import nl.hecht.network.internal.region.SizeAdvice;
import nl.hecht.shared.MunicipalityCode;

/**
 * An admin creates a region from the imported municipalities: the happy path, bad input that comes back as typed with
 * a Dutch message, and everyone else who gets 403.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RegionCreationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    RegionManagement regions;

    private RequestPostProcessor as(String username) {
        return WebUsers.as(accounts, username);
    }

    private static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    private Region demoRegion() {
        return regions.regions().stream().filter(r -> r.name().equals("Regio Voorbeeld")).findFirst().orElseThrow();
    }

    @Test
    void adminsFindTheLinkAndTheFormWithTheMunicipalitiesAndTheDefaultSizeAdvice() throws Exception {
        assertThat(body(mvc.perform(get("/regions").with(stranger(Role.ADMIN))).andExpect(status().isOk())))
                .contains("href=\"/regions/new\"", "Regio toevoegen");
        assertThat(body(mvc.perform(get("/regions").with(as("resv"))).andExpect(status().isOk())))
                .doesNotContain("href=\"/regions/new\"");

        assertThat(body(mvc.perform(get("/regions/new").with(stranger(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(view().name(NewRegionController.VIEW))))
                .contains("Voorbeeldstad (GM9901)", "Maasheuvel (GM9902)", "hoort al bij Regio Voorbeeld",
                        "value=\"10000\"", "value=\"20000\"");
    }

    @Test
    void anAdminCreatesARegionAndLandsOnItsPage() throws Exception {
        demoRegion().cover(List.of(new MunicipalityCode("GM9901")));

        String location = mvc.perform(post("/regions/new").with(stranger(Role.ADMIN)).with(csrf())
                .param("name", "  Regio Maasheuvel ").param("municipalities", "GM9902")
                .param("minInhabitants", "8000").param("maxInhabitants", "15000"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashMessage", "region.created"))
                .andReturn().getResponse().getRedirectedUrl();

        Region created = regions.regions().stream().filter(r -> r.name().equals("Regio Maasheuvel")).findFirst()
                .orElseThrow();
        assertThat(location).isEqualTo("/regions/" + created.id());
        assertThat(created.municipalities()).containsExactly(new MunicipalityCode("GM9902"));
        assertThat(created.sizeAdvice()).isEqualTo(new SizeAdvice(8000, 15000));
        assertThat(body(mvc.perform(get(location).with(stranger(Role.ADMIN))).andExpect(status().isOk())))
                .contains(">Regio Maasheuvel</h1>", "Maasheuvel").doesNotContain("Regio Regio");
    }

    @Test
    void aRegionNeedsANameAndAMunicipalityAndTheFieldsComeBackAsTyped() throws Exception {
        int before = regions.regions().size();

        assertThat(body(mvc.perform(post("/regions/new").with(stranger(Role.ADMIN)).with(csrf())
                .param("name", "").param("municipalities", "GM9902")
                .param("minInhabitants", "9000").param("maxInhabitants", "19000"))
                .andExpect(status().isOk()).andExpect(view().name(NewRegionController.VIEW))))
                .contains("id=\"name-error\"", "Vul een naam in van hoogstens 200 tekens.",
                        "value=\"GM9902\" checked", "value=\"9000\"", "value=\"19000\"");

        assertThat(body(mvc.perform(post("/regions/new").with(stranger(Role.ADMIN)).with(csrf())
                .param("name", "Regio Zonder Gemeente").param("minInhabitants", "10000")
                .param("maxInhabitants", "20000"))
                .andExpect(status().isOk()).andExpect(view().name(NewRegionController.VIEW))))
                .contains("id=\"municipalities-error\"", "Kies minstens één gemeente.",
                        "value=\"Regio Zonder Gemeente\"");
        assertThat(regions.regions()).hasSize(before);
    }

    @Test
    void aMunicipalityCoveredByAnotherRegionIsRefused() throws Exception {
        int before = regions.regions().size();

        assertThat(body(mvc.perform(post("/regions/new").with(stranger(Role.ADMIN)).with(csrf())
                .param("name", "Regio Dubbel").param("municipalities", "GM9901")
                .param("minInhabitants", "10000").param("maxInhabitants", "20000"))
                .andExpect(status().isOk()).andExpect(view().name(NewRegionController.VIEW))))
                .contains("id=\"municipalities-error\"",
                        "Gemeente GM9901 hoort al bij regio Regio Voorbeeld.", "value=\"Regio Dubbel\"",
                        "value=\"GM9901\" checked");
        assertThat(regions.regions()).hasSize(before);
    }

    @Test
    void onlyAdminsCreateRegions() throws Exception {
        for (RequestPostProcessor someone : List.of(as("resv"), as("coordinator"), as("nurse"),
                stranger(Role.RESV_STAFF), stranger(Role.COORDINATOR), stranger(Role.PROFESSIONAL))) {
            mvc.perform(get("/regions/new").with(someone)).andExpect(status().isForbidden());
            mvc.perform(post("/regions/new").with(someone).with(csrf()).param("name", "Regio Stiekem")
                    .param("municipalities", "GM9902").param("minInhabitants", "10000")
                    .param("maxInhabitants", "20000")).andExpect(status().isForbidden());
        }
        assertThat(regions.regions()).noneMatch(region -> region.name().equals("Regio Stiekem"));
    }
}
