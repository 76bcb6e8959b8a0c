package nl.hecht.network.web;

import static nl.hecht.network.web.WebUsers.stranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.Organisations;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.Role;
import nl.hecht.network.NetworkId;
import nl.hecht.network.Networks;
import nl.hecht.network.RegionId;
import nl.hecht.network.Regions;
import nl.hecht.network.internal.analysis.NetworkAnalysis;
import nl.hecht.network.internal.inventory.PracticeInventories;
import nl.hecht.network.internal.view.CoverageViews;
import nl.hecht.network.internal.view.MapData;
import nl.hecht.shared.usecase.UseCaseCatalogue;
import nl.hecht.shared.usecase.UseCaseDescription;

/**
 * The analysis, the practice inventories, the coverage and the maps as use cases (R043, R177, R257): each with its
 * policy in the catalogue, and the policies' refusals over HTTP (403 for who may see but not do, 404 for who may not
 * see).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AnalysisInventoryUseCaseTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UseCaseCatalogue catalogue;
    @Autowired
    Accounts accounts;
    @Autowired
    Regions regions;
    @Autowired
    Networks networks;
    @Autowired
    Organisations organisations;

    private RegionId region() {
        return regions.all().stream().filter(r -> r.name().equals("Regio Voorbeeld")).findFirst().orElseThrow().id();
    }

    private NetworkId oost() {
        return networks.inRegion(region()).stream().filter(n -> n.name().equals("Wijkverband Oost")).findFirst()
                .orElseThrow().id();
    }

    private String practice(String name) {
        return organisations.findByName(name).orElseThrow().id().toString();
    }

    @Test
    void everyUseCaseOfTheAnalysisInventoriesCoverageAndMapsNamesItsPolicy() {
        assertThat(catalogue.useCases()).filteredOn(useCase -> useCase.service() == NetworkAnalysis.class
                || useCase.service() == PracticeInventories.class || useCase.service() == CoverageViews.class
                || useCase.service() == MapData.class).extracting(UseCaseDescription::toString).containsExactly(
                        "CoverageViews.coverage -> MANAGE_REGION",
                        "CoverageViews.managedRegions -> SEE_REGIONS",
                        "MapData.area -> COORDINATE_AREA",
                        "MapData.coverage -> MANAGE_REGION",
                        "NetworkAnalysis.addPlayer -> COORDINATE_NETWORK",
                        "NetworkAnalysis.endpoints -> COORDINATE_NETWORK",
                        "NetworkAnalysis.page -> VIEW_NETWORK",
                        "NetworkAnalysis.picture -> VIEW_NETWORK",
                        "NetworkAnalysis.recordSession -> COORDINATE_NETWORK",
                        "NetworkAnalysis.removePlayer -> COORDINATE_NETWORK",
                        "PracticeInventories.overview -> MANAGE_REGION",
                        "PracticeInventories.ownPractices -> OWN_PRACTICE_INVENTORIES",
                        "PracticeInventories.page -> RECORD_PRACTICE_INVENTORY",
                        "PracticeInventories.practicesOf -> VIEW_NETWORK",
                        "PracticeInventories.record -> RECORD_PRACTICE_INVENTORY",
                        "PracticeInventories.start -> START_PRACTICE_INVENTORY");
        assertThat(catalogue.policies()).containsKeys("RECORD_PRACTICE_INVENTORY", "START_PRACTICE_INVENTORY",
                "COORDINATE_AREA");
    }

    @Test
    void onlyRegionStaffStartAnInventoryAndOnlyCoordinatorsGetTheAreaMap() throws Exception {
        String start = "/regions/" + region() + "/practices/start?practice=" + practice("Huisartsenpraktijk De Linde");
        // the coordinator may record De Linde's inventory, but starting one from the merged view is for the RESV
        mvc.perform(get(start).with(WebUsers.as(accounts, "coordinator"))).andExpect(status().isForbidden());
        mvc.perform(get(start).with(stranger(Role.RESV_STAFF))).andExpect(status().isNotFound());
        mvc.perform(get(start).with(WebUsers.as(accounts, "resv"))).andExpect(status().is3xxRedirection());

        mvc.perform(get("/networks/{id}/area.geojson", oost()).with(WebUsers.as(accounts, "nurse")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/networks/{id}/area.geojson", oost()).with(stranger(Role.COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/networks/{id}/area.geojson", "not-a-uuid").with(WebUsers.as(accounts, "coordinator")))
                .andExpect(status().isNotFound());
    }
}
