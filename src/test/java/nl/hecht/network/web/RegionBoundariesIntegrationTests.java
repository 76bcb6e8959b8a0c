package nl.hecht.network.web;

import static nl.hecht.network.web.WebUsers.stranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.internal.ServiceEntry;
import nl.hecht.directory.internal.ServiceRepository;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.Role;
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
import nl.hecht.network.internal.region.StaffRole;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * What one region may not reach of another, with the demo region split in two: Regio Voorbeeld
 * keeps Voorbeeldstad (GM9901), a second region gets Maasheuvel (GM9902). A coordinator cannot take a neighbourhood
 * of the other region (or one that does not exist) into their area, and so cannot edit that region's entries; the
 * staff search offers only the networks of one's own regions; the member form offers no account of another region.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RegionBoundariesIntegrationTests {

    private static final MunicipalityCode CITY = new MunicipalityCode("GM9901");
    private static final MunicipalityCode VILLAGES = new MunicipalityCode("GM9902");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    RegionManagement regions;
    @Autowired
    NetworkManagement networks;
    @Autowired
    ServiceRepository services;
    @Autowired
    org.springframework.context.MessageSource messages;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    nl.hecht.shared.cache.ReferenceDataCache cache;
    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager entityManager;

    private RegionId villages;

    @BeforeEach
    void splitTheDemoRegion() {
        demoRegion().cover(List.of(CITY));
        villages = regions.create("Regio Maasheuvel", List.of(VILLAGES));
        // the split changes the region entity directly, past any service: empty the networks' service areas now and
        // after the rollback, so that no other test reads the split from the cache
        cache.evict("network-service-areas");
    }

    private Region demoRegion() {
        return regions.regions().stream().filter(r -> r.name().equals("Regio Voorbeeld")).findFirst().orElseThrow();
    }

    private Network oost() {
        return networks.networksIn(demoRegion().id()).stream().filter(n -> n.name().equals("Wijkverband Oost"))
                .findFirst().orElseThrow();
    }

    private RequestPostProcessor as(String username) {
        return WebUsers.as(accounts, username);
    }

    private static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    /** An entry that lies in the villages only: all its neighbourhoods and locations are in GM9902. */
    private ServiceEntry villageEntry() {
        return services.findAll().stream().filter(entry -> {
            Set<String> area = entry.neighbourhoods().stream().map(NeighbourhoodCode::value)
                    .collect(Collectors.toSet());
            entry.locations().forEach(location -> area.add(location.neighbourhoodCode()));
            return !entry.neighbourhoods().isEmpty() && !area.contains(null)
                    && area.stream().allMatch(code -> code.startsWith("BU9902"));
        }).findFirst().orElseThrow();
    }

    @Test
    void aCoordinatorCannotTakeANeighbourhoodOfAnotherRegionNorEditItsEntries() throws Exception {
        Network oost = oost();
        Set<NeighbourhoodCode> before = oost.serviceArea();
        ServiceEntry entry = villageEntry();
        NeighbourhoodCode foreign = entry.neighbourhoods().iterator().next();
        mvc.perform(get("/directory/entries/{id}/edit", entry.id().value()).with(as("coordinator")))
                .andExpect(status().isForbidden());

        mvc.perform(post("/networks/{id}/area/toggle", oost.id()).param("code", foreign.value())
                .with(as("coordinator")).with(csrf())).andExpect(status().is4xxClientError());

        assertThat(networks.network(oost.id()).orElseThrow().serviceArea()).isEqualTo(before);
        mvc.perform(get("/directory/entries/{id}/edit", entry.id().value()).with(as("coordinator")))
                .andExpect(status().isForbidden());
    }

    @Test
    void areaRowsSavedBeforeTheCheckGiveNoRightsAndTheMigrationRemovesThem() throws Exception {
        Network oost = oost();
        Set<NeighbourhoodCode> before = oost.serviceArea();
        ServiceEntry entry = villageEntry();
        String foreign = entry.neighbourhoods().iterator().next().value();
        entityManager.flush();
        for (String code : List.of(foreign, "BU99099999")) {
            jdbc.update("insert into network_service_area (network_id, neighbourhood_code) values (?, ?)",
                    oost.id().value(), code);
        }
        entityManager.clear();
        assertThat(networks.network(oost.id()).orElseThrow().serviceArea()).hasSize(before.size() + 2);

        mvc.perform(get("/directory/entries/{id}/edit", entry.id().value()).with(as("coordinator")))
                .andExpect(status().isForbidden());

        String migration = new String(getClass().getResourceAsStream(
                "/db/migration/V202611240815__network_service_area_in_region.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        jdbc.execute(migration.lines().filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"))
                .replace(";", ""));
        assertThat(jdbc.queryForList("select neighbourhood_code from network_service_area where network_id = ?",
                String.class, oost.id().value())).containsExactlyInAnyOrderElementsOf(
                        before.stream().map(NeighbourhoodCode::value).toList());
    }

    @Test
    void aMadeUpNeighbourhoodIsRefusedByTheToggle() throws Exception {
        Network oost = oost();
        Set<NeighbourhoodCode> before = oost.serviceArea();

        mvc.perform(post("/networks/{id}/area/toggle", oost.id()).param("code", "BU99099999")
                .with(as("coordinator")).with(csrf())).andExpect(status().is4xxClientError());

        assertThat(networks.network(oost.id()).orElseThrow().serviceArea()).isEqualTo(before);
    }

    @Test
    void theAreaFormRefusesAForeignOrMadeUpNeighbourhoodAndSavesNothing() throws Exception {
        Network oost = oost();
        Set<NeighbourhoodCode> before = oost.serviceArea();
        String foreign = villageEntry().neighbourhoods().iterator().next().value();

        for (String code : List.of(foreign, "BU99099999")) {
            String[] codes = java.util.stream.Stream.concat(before.stream().map(NeighbourhoodCode::value),
                    java.util.stream.Stream.of(code)).toArray(String[]::new);
            mvc.perform(post("/networks/{id}/area", oost.id()).param("neighbourhood", codes)
                    .with(as("coordinator")).with(csrf())).andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("errorMessage", "network.error.area-outside-region"));

            assertThat(networks.network(oost.id()).orElseThrow().serviceArea()).isEqualTo(before);
        }
        assertThat(messages.getMessage("network.error.area-outside-region", null, java.util.Locale.forLanguageTag("nl")))
                .startsWith("U kunt alleen buurten kiezen die bestaan en in de regio van dit netwerk liggen.");
    }

    @Test
    void theAreaOfTheOwnRegionStillChanges() throws Exception {
        Network oost = oost();
        NeighbourhoodCode own = oost.serviceArea().iterator().next();

        String json = body(mvc.perform(post("/networks/{id}/area/toggle", oost.id()).param("code", own.value())
                .with(as("coordinator")).with(csrf())).andExpect(status().isOk()));

        assertThat(json).contains("\"selected\":false");
    }

    @Test
    void theStaffSearchOffersTheNetworksOfOnesOwnRegionsOnly() throws Exception {
        NetworkId other = networks.create(villages, new NetworkProfile("Wijkverband Heuvelrug", NetworkLabel.HECHT_WIJKVERBAND,
                CoordinatorLabel.COORDINATOR, NetworkKind.CORE, null, null, null, null), AreaBasis.NEIGHBOURHOODS, null);
        networks.serveNeighbourhoods(other, List.of(villageEntry().neighbourhoods().iterator().next()));

        String nurse = body(mvc.perform(get("/directory").with(as("nurse"))).andExpect(status().isOk()));
        String admin = body(mvc.perform(get("/directory").with(stranger(Role.ADMIN))).andExpect(status().isOk()));

        assertThat(nurse).contains("Wijkverband Oost").doesNotContain("Wijkverband Heuvelrug");
        assertThat(admin).contains("Wijkverband Oost", "Wijkverband Heuvelrug");
    }

    @Test
    void theMemberFormOffersNoAccountOfAnotherRegion() throws Exception {
        Network oost = oost();
        AccountId elsewhere = accounts.findByUsername("admin").orElseThrow().id();
        String free = body(mvc.perform(get("/networks/{id}/members/new", oost.id()).with(as("coordinator")))
                .andExpect(status().isOk()));
        assertThat(free).as("an account of no region yet is offered").contains("Anouk Beheer");

        regions.assign(villages, elsewhere, StaffRole.STAFF, null);
        String html = body(mvc.perform(get("/networks/{id}/members/new", oost.id()).with(as("coordinator")))
                .andExpect(status().isOk()));
        assertThat(html).doesNotContain("Anouk Beheer", elsewhere.value().toString())
                .contains("Ruben de Regio", "Pieter Bakker");

        int members = oost.currentMembers(LocalDate.now()).size();
        mvc.perform(post("/networks/{id}/members", oost.id()).with(as("coordinator")).with(csrf())
                .param("accountId", elsewhere.value().toString()).param("personName", "Anouk Beheer")
                .param("disciplineCode", "GP").param("validFrom", LocalDate.now().toString()))
                .andExpect(status().isOk());
        assertThat(networks.network(oost.id()).orElseThrow().currentMembers(LocalDate.now())).hasSize(members);
    }
}
