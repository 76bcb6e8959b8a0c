package nl.hecht.network.web;

import static nl.hecht.network.web.WebUsers.stranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.Organisations;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.Role;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionManagement;

/**
 * The practice inventories over HTTP with the demo data (R177, R178): the merged view of the region with the practice
 * in no network flagged, who may record which practice's inventory, and bad input that comes back as typed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PracticeInventoryIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    RegionManagement regions;
    @Autowired
    Organisations organisations;

    private RequestPostProcessor as(String username) {
        return WebUsers.as(accounts, username);
    }

    private Region region() {
        return regions.regions().stream().filter(r -> r.name().equals("Regio Voorbeeld")).findFirst().orElseThrow();
    }

    private UUID organisation(String name) {
        return organisations.findByName(name).orElseThrow().id().value();
    }

    private String inventoryOf(String practice) {
        return "/regions/" + region().id() + "/practices/" + organisation(practice) + "/inventory";
    }

    private static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    @Test
    void theAreaManagerSeesTheMergedInventoriesWithThePracticeInNoNetworkFlagged() throws Exception {
        String html = body(mvc.perform(get("/regions/{id}/practices", region().id()).with(as("resv")))
                .andExpect(status().isOk()).andExpect(view().name(PracticeInventoryController.OVERVIEW_VIEW)));

        assertThat(html).contains("Huisartsenpraktijken in Regio Voorbeeld", "Praktijken in geen netwerk: 1",
                "data-practice=\"Huisartsenpraktijk De Vaart\" data-no-network=\"true\"",
                "data-practice=\"Huisartsenpraktijk De Linde\" data-no-network=\"false\"",
                "Apotheek Oost", "Logopediepraktijk Spraakwater",
                "Huisartsenpraktijk Het Anker, over Buurtteam Voorbeeld: Het buurtteam is voor de praktijk moeilijk bereikbaar.",
                "Twee keer per jaar een gezamenlijke medicatiereview bij 75-plussers.");
        assertThat(body(mvc.perform(get("/regions/{id}", region().id()).with(as("resv")))))
                .contains("/regions/" + region().id() + "/practices");
    }

    @Test
    void theCoordinatorRecordsTheInventoryOfTheirPracticeAndTheMergedViewCountsIt() throws Exception {
        assertThat(body(mvc.perform(get(inventoryOf("Huisartsenpraktijk De Linde")).with(as("coordinator")))
                .andExpect(status().isOk()))).contains("Samenwerking van Huisartsenpraktijk De Linde",
                        "Laatst vastgelegd door Carla de Vries");

        mvc.perform(post(inventoryOf("Huisartsenpraktijk De Linde")).with(as("coordinator")).with(csrf())
                .param("rows[0].providerOrganisationId", organisation("Apotheek Het Plein").toString())
                .param("rows[0].disciplineCode", "PHARMACIST").param("rows[0].status", "WILL")
                .param("rows[0].goodPractice", "Samen medicatie doornemen bij ontslag")
                .param("rows[1].providerOrganisationId", "").param("rows[1].disciplineCode", ""))
                .andExpect(redirectedUrl(inventoryOf("Huisartsenpraktijk De Linde")));

        String merged = body(mvc.perform(get("/regions/{id}/practices", region().id()).with(as("resv"))));
        assertThat(merged).contains("Apotheek Het Plein", "Huisartsenpraktijk De Linde, over Apotheek Het Plein: "
                + "Samen medicatie doornemen bij ontslag").doesNotContain("Korte lijnen via beveiligd berichtenverkeer.");
    }

    @Test
    void whoMayNotRecordAPracticeGets403Or404AndOnlyRegionStaffSeeTheMergedView() throws Exception {
        // the coordinator takes part for De Linde, not for De Vaart (whose only network is West)
        mvc.perform(get(inventoryOf("Huisartsenpraktijk De Vaart")).with(as("coordinator")))
                .andExpect(status().isForbidden());
        mvc.perform(get(inventoryOf("Huisartsenpraktijk De Linde")).with(as("nurse")))
                .andExpect(status().isForbidden());
        mvc.perform(post(inventoryOf("Huisartsenpraktijk De Linde")).with(as("nurse")).with(csrf())
                .param("rows[0].disciplineCode", "GP").param("rows[0].status", "ALREADY"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/regions/{id}/practices", region().id()).with(as("coordinator")))
                .andExpect(status().isForbidden());
        mvc.perform(get(inventoryOf("Huisartsenpraktijk De Linde")).with(as("client")))
                .andExpect(status().isForbidden());

        String hidden = body(mvc.perform(get("/regions/{id}/practices", region().id()).with(stranger(Role.RESV_STAFF)))
                .andExpect(status().isNotFound()));
        assertThat(hidden).doesNotContain("Huisartsenpraktijk De Vaart");
        mvc.perform(get(inventoryOf("Huisartsenpraktijk De Linde")).with(stranger(Role.PROFESSIONAL)))
                .andExpect(status().isNotFound());
        mvc.perform(get(inventoryOf("Apotheek Oost")).with(as("resv"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}/practices/{p}/inventory", region().id(), UUID.randomUUID()).with(as("resv")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anInventoryWithErrorsComesBackWithWhatWasTyped() throws Exception {
        String html = body(mvc.perform(post(inventoryOf("Huisartsenpraktijk De Vaart")).with(as("resv")).with(csrf())
                .param("rows[0].providerName", "Logopedie Spraakwater").param("rows[0].disciplineCode", "")
                .param("rows[0].status", "WILL").param("rows[0].bottleneck", "Lange wachtlijst")
                .param("rows[1].providerOrganisationId", organisation("Thuiszorg Voorbeeld").toString())
                .param("rows[1].providerName", "Thuiszorg").param("rows[1].disciplineCode", "DISTRICT_NURSE"))
                .andExpect(status().isOk()).andExpect(view().name(PracticeInventoryController.VIEW)));

        assertThat(html).contains("Kies de discipline.", "Kies een aanbieder uit het register of typ een naam, niet allebei.",
                "Kies of de praktijk al, wel of nog niet samenwerkt.", "Logopedie Spraakwater", "Lange wachtlijst",
                "value=\"WILL\" selected");
    }
}
