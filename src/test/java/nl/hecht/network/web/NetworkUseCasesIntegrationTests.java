package nl.hecht.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.Accounts;
import nl.hecht.network.AreaBasis;
import nl.hecht.network.CoordinatorLabel;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkLabel;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.network.NetworkProfile;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionManagement;
import nl.hecht.network.internal.view.NetworkCommands;
import nl.hecht.network.internal.view.NetworkViews;
import nl.hecht.network.internal.view.RegionCommands;
import nl.hecht.network.internal.view.RegionViews;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.usecase.UseCaseCatalogue;
import nl.hecht.shared.usecase.UseCaseDescription;

/**
 * The network pages' use cases on the use-case boundary (R043): every one with the policy that decides it, and what
 * the policies answer: a coordinator gets 404 for a network of another region and 403 for what only the RESV
 * changes. The policies decide before the use case's transaction opens: the reads here run without a test
 * transaction, so a policy that touched a lazily loaded collection outside its own would fail them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NetworkUseCasesIntegrationTests {

    @Autowired
    UseCaseCatalogue catalogue;
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

    private Region demoRegion() {
        return regions.regions().stream().filter(r -> r.name().equals("Regio Voorbeeld")).findFirst().orElseThrow();
    }

    private Network network(String name) {
        return networks.networksIn(demoRegion().id()).stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void everyUseCaseOfTheNetworkPagesNamesItsPolicy() {
        Set<Class<?>> services = Set.of(NetworkViews.class, NetworkCommands.class, RegionViews.class,
                RegionCommands.class);
        Map<String, String> policies = catalogue.useCases().stream()
                .filter(useCase -> services.contains(useCase.service()))
                .collect(Collectors.toMap(UseCaseDescription::name, UseCaseDescription::policy));

        assertThat(policies).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("NetworkViews.visibleNetworks", "SEE_NETWORKS"),
                Map.entry("NetworkViews.overview", "VIEW_NETWORK"),
                Map.entry("NetworkViews.whoToCall", "VIEW_NETWORK"),
                Map.entry("NetworkViews.settingsToManage", "MANAGE_NETWORK"),
                Map.entry("NetworkViews.settingsToCoordinate", "COORDINATE_NETWORK"),
                Map.entry("NetworkViews.regionNameToManage", "CREATE_NETWORK"),
                Map.entry("NetworkViews.areaEditor", "COORDINATE_AREA"),
                Map.entry("NetworkViews.memberForm", "COORDINATE_MEMBERS"),
                Map.entry("NetworkViews.memberName", "COORDINATE_MEMBERS"),
                Map.entry("NetworkViews.memberPrefill", "COORDINATE_MEMBERS"),
                Map.entry("NetworkViews.disciplineList", "SEE_NETWORKS"),
                Map.entry("NetworkCommands.addMember", "COORDINATE_MEMBERS"),
                Map.entry("NetworkCommands.changeMember", "COORDINATE_MEMBERS"),
                Map.entry("NetworkCommands.endMembership", "COORDINATE_MEMBERS"),
                Map.entry("NetworkCommands.resumeMembership", "COORDINATE_MEMBERS"),
                Map.entry("NetworkCommands.serveNeighbourhoods", "COORDINATE_AREA"),
                Map.entry("NetworkCommands.toggleNeighbourhood", "COORDINATE_AREA"),
                Map.entry("NetworkCommands.recordNonParticipation", "COORDINATE_NETWORK"),
                Map.entry("NetworkCommands.changeCharter", "COORDINATE_NETWORK"),
                Map.entry("NetworkCommands.configureComposition", "COORDINATE_NETWORK"),
                Map.entry("NetworkCommands.changeStatus", "MANAGE_NETWORK"),
                Map.entry("NetworkCommands.justifySize", "MANAGE_NETWORK"),
                Map.entry("NetworkCommands.describe", "MANAGE_NETWORK"),
                Map.entry("NetworkCommands.createNetwork", "CREATE_NETWORK"),
                Map.entry("NetworkCommands.adviseSize", "MANAGE_REGION"),
                Map.entry("RegionViews.municipalityChoices", "CREATE_REGION"),
                Map.entry("RegionViews.page", "MANAGE_REGION"),
                Map.entry("RegionCommands.create", "CREATE_REGION"),
                Map.entry("RegionCommands.assign", "MANAGE_REGION"),
                Map.entry("RegionCommands.unassign", "MANAGE_REGION"),
                Map.entry("RegionCommands.addStakeholder", "MANAGE_REGION"),
                Map.entry("RegionCommands.removeStakeholder", "MANAGE_REGION"),
                Map.entry("RegionCommands.expectDisciplines", "MANAGE_REGION")));
        assertThat(catalogue.policies()).containsKeys("SEE_NETWORKS", "VIEW_NETWORK", "COORDINATE_NETWORK",
                "COORDINATE_MEMBERS", "COORDINATE_AREA", "MANAGE_NETWORK", "CREATE_NETWORK", "SEE_REGIONS",
                "MANAGE_REGION", "CREATE_REGION");
    }

    @Test
    void thePoliciesLoadWhatTheyDecideOnInTheirOwnTransaction() throws Exception {
        NetworkId oost = network("Wijkverband Oost").id();
        NetworkId centrum = network("Wijkverband Centrum").id();

        mvc.perform(get("/networks/{id}/members/new", oost).with(as("coordinator"))).andExpect(status().isOk());
        mvc.perform(get("/networks/{id}/members/new", centrum).with(as("coordinator")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/networks/{id}", centrum).with(as("nurse"))).andExpect(status().isOk());
        mvc.perform(get("/networks/{id}/profile", oost).with(as("resv"))).andExpect(status().isOk());
        mvc.perform(get("/regions/{id}", demoRegion().id()).with(as("resv"))).andExpect(status().isOk());
    }

    @Test
    @Transactional
    void aCoordinatorGets404ForANetworkOfAnotherRegionAnd403ForAChangeOnlyTheResvMakes() throws Exception {
        demoRegion().cover(List.of(new MunicipalityCode("GM9901")));
        RegionId villages = regions.create("Regio Maasheuvel", List.of(new MunicipalityCode("GM9902")));
        NetworkId elsewhere = networks.create(villages, new NetworkProfile("Wijkverband Heuvelrug",
                NetworkLabel.HECHT_WIJKVERBAND, CoordinatorLabel.COORDINATOR, NetworkKind.CORE, null, null, null, null),
                AreaBasis.NEIGHBOURHOODS, null);
        NetworkId oost = network("Wijkverband Oost").id();

        mvc.perform(get("/networks/{id}", elsewhere).with(as("coordinator"))).andExpect(status().isNotFound());
        mvc.perform(get("/networks/{id}/who-to-call", elsewhere).with(as("coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/networks/{id}/members/new", elsewhere).with(as("coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/networks/{id}/charter", elsewhere).with(as("coordinator")).with(csrf())
                .param("purpose", "x")).andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}/networks/new", villages).with(as("coordinator")))
                .andExpect(status().isNotFound());

        mvc.perform(get("/networks/{id}", oost).with(as("coordinator"))).andExpect(status().isOk());
        mvc.perform(post("/networks/{id}/size-justification", oost).with(as("coordinator")).with(csrf())
                .param("justification", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/networks/{id}/status", oost).with(as("coordinator"))).andExpect(status().isForbidden());
        mvc.perform(get("/networks/{id}/profile", oost).with(as("coordinator"))).andExpect(status().isForbidden());
        assertThat(networks.network(oost).orElseThrow().sizeJustification()).isNotEqualTo(java.util.Optional.of("x"));
    }
}
