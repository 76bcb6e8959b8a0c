package nl.hecht.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.Accounts;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionManagement;

/**
 * The registry as the seeds describe it, through the screens: a discipline without a named contact is a tip (R006,
 * seed 001), "larger than advised" is a region setting (R014), insurers and municipalities are no expected
 * disciplines, and a network names social-domain functions of its own (seed 000). Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SeedAlignmentIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    RegionManagement regions;
    @Autowired
    NetworkManagement networks;

    private RequestPostProcessor as(String username) {
        return WebUsers.as(accounts, username);
    }

    private Region region() {
        return regions.regions().stream().filter(r -> r.name().equals("Regio Voorbeeld")).findFirst().orElseThrow();
    }

    private Network network(String name) {
        return networks.networksIn(region().id()).stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    @Test
    void aDisciplineWithoutANamedContactIsATipOnTheNetworkPageNotAGap() throws Exception {
        String html = body(mvc.perform(get("/networks/{id}", network("Wijkverband West").id()).with(as("resv")))
                .andExpect(status().isOk()));

        assertThat(html).contains("data-expectation=\"SEAT:PHARMACIST\" data-status=\"NO_LIAISON\"",
                "aanwezig, nog geen aanspreekpunt", "data-composition-tip",
                "data-expectation=\"DISCIPLINE:PHYSIOTHERAPIST\" data-status=\"MISSING\"")
                .doesNotContain("met een vaste verbinder", "vaste verbinder voor de discipline");
    }

    @Test
    void theWarningAboveTheMaximumIsARegionSettingThatIsOffUntilTicked() throws Exception {
        Region region = region();
        assertThat(region.sizeAdvice().warnTooLarge()).isFalse();
        assertThat(body(mvc.perform(get("/regions/{id}/coverage", region.id()).with(as("resv")))
                .andExpect(status().isOk()))).contains("name=\"warnTooLarge\"", "minimaal 10.000 inwoners");

        mvc.perform(post("/regions/{id}/size-advice", region.id()).with(as("resv")).with(csrf())
                .param("minInhabitants", "8000").param("maxInhabitants", "15000").param("warnTooLarge", "true"))
                .andExpect(redirectedUrl("/regions/" + region.id() + "/coverage"));
        assertThat(region().sizeAdvice().warnTooLarge()).isTrue();
        assertThat(body(mvc.perform(get("/regions/{id}/coverage", region.id()).with(as("resv")))))
                .contains("8.000 tot 15.000 inwoners");

        mvc.perform(post("/regions/{id}/size-advice", region.id()).with(as("resv")).with(csrf())
                .param("minInhabitants", "8000").param("maxInhabitants", "15000"))
                .andExpect(redirectedUrl("/regions/" + region.id() + "/coverage"));
        assertThat(region().sizeAdvice().warnTooLarge()).isFalse();
    }

    @Test
    void insurersMunicipalitiesAndTheNationalGovernmentAreNoExpectedDisciplines() throws Exception {
        Region region = region();
        String page = body(mvc.perform(get("/regions/{id}", region.id()).with(as("resv"))).andExpect(status().isOk()));

        assertThat(page).contains("id=\"discipline-PHYSIOTHERAPIST\"").doesNotContain("id=\"discipline-HEALTH_INSURER\"",
                "id=\"discipline-MUNICIPALITY\"", "id=\"discipline-NATIONAL_GOVERNMENT\"");
        mvc.perform(post("/regions/{id}/expected-disciplines", region.id()).with(as("resv")).with(csrf())
                .param("disciplines", "PHYSIOTHERAPIST", "HEALTH_INSURER")).andExpect(status().isOk());
        assertThat(region().expectedDisciplines()).containsExactly("PHYSIOTHERAPIST");
    }

    @Test
    void aNetworkNamesItsOwnSocialFunctionAndAMemberGetsIt() throws Exception {
        Network oost = network("Wijkverband Oost");

        mvc.perform(post("/networks/{id}/composition-settings", oost.id()).with(as("coordinator")).with(csrf())
                .param("howLinked", "").param("ownSocialFunctions", "Buurtcoach\n\nbuurtcoach\nOuderenwerker"))
                .andExpect(redirectedUrl("/networks/" + oost.id() + "#composition"));
        assertThat(networks.network(oost.id()).orElseThrow().ownSocialFunctions())
                .containsExactlyInAnyOrder("Buurtcoach", "Ouderenwerker");
        assertThat(body(mvc.perform(get("/networks/{id}/composition-settings", oost.id()).with(as("coordinator")))))
                .contains("Buurtcoach\nOuderenwerker");

        assertThat(body(mvc.perform(get("/networks/{id}/members/new", oost.id()).with(as("coordinator")))))
                .contains("name=\"socialFunction\"", "<option value=\"Buurtcoach\">Buurtcoach</option>");
        assertThat(body(mvc.perform(post("/networks/{id}/members", oost.id()).with(as("coordinator")).with(csrf())
                .param("personName", "Fictieve Coach").param("disciplineCode", "WELFARE_WORKER")
                .param("socialFunction", "Sleutelfiguur").param("validFrom", "2026-01-05"))
                .andExpect(status().isOk()))).contains("id=\"socialFunction-error\"", "Fictieve Coach");

        mvc.perform(post("/networks/{id}/members", oost.id()).with(as("coordinator")).with(csrf())
                .param("personName", "Fictieve Coach").param("disciplineCode", "WELFARE_WORKER")
                .param("socialFunction", "Buurtcoach").param("validFrom", "2026-01-05"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashMessage", "member.added"));
        assertThat(body(mvc.perform(get("/networks/{id}", oost.id()).with(as("coordinator")))))
                .contains("Welzijnswerker – Buurtcoach");
    }
}
