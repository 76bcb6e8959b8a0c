package nl.hecht.network.internal.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import nl.hecht.area.Areas;
import nl.hecht.directory.Organisations;
import nl.hecht.directory.SocialMap;
import nl.hecht.identity.Accounts;
import nl.hecht.network.AreaBasis;
import nl.hecht.network.NetworkFormed;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkStatusChanged;
import nl.hecht.network.RegionId;
import nl.hecht.network.ServiceAreaChanged;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionRepository;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The network module on its own (its beans and those of the open module shared; the modules it uses are mocks): saving the aggregate publishes the
 * events it registered, which other modules may react to with {@code @ApplicationModuleListener} (R020, R136).
 */
@ApplicationModuleTest(extraIncludes = "shared")
@TestPropertySource(properties = "hecht.demo.enabled=false")
class NetworkEventsModuleTests {

    private static final MunicipalityCode MUNICIPALITY = new MunicipalityCode("GM9901");
    private static final NeighbourhoodCode CENTRE = new NeighbourhoodCode("BU99010001");
    private static final NeighbourhoodCode HARBOUR = new NeighbourhoodCode("BU99010002");

    @MockitoBean
    Areas areas;
    @MockitoBean
    Accounts accounts;
    @MockitoBean
    Organisations organisations;
    @MockitoBean
    SocialMap socialMap;

    @Autowired
    NetworkRepository networks;
    @Autowired
    RegionRepository regions;
    @Autowired
    Clock clock;

    /** What a test made: the contexts of one run share the database, so it goes again (the region claims GM9901). */
    private final List<RegionId> made = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void removeWhatWasMade() {
        for (RegionId region : made) {
            networks.findAll().stream().filter(network -> network.region().equals(region)).forEach(networks::delete);
            regions.deleteById(region.value());
        }
        made.clear();
    }

    @Test
    void formingANetworkPublishesNetworkFormed(Scenario scenario) {
        RegionId region = region();

        scenario.stimulate(() -> networks.save(newNetwork(region)).id())
                .andWaitForEventOfType(NetworkFormed.class)
                .matchingMappedValue(NetworkFormed::region, region)
                .toArriveAndVerify((event, network) -> {
                    assertThat(event.network()).isEqualTo(network);
                    assertThat(event.kind()).isEqualTo(NetworkKind.CORE);
                });
    }

    @Test
    void changingTheServiceAreaPublishesServiceAreaChanged(Scenario scenario) {
        NetworkId network = networks.save(newNetwork(region())).id();

        scenario.stimulate(transactions -> transactions.execute(status -> {
            Network found = networks.findById(network.value()).orElseThrow();
            found.serveNeighbourhoods(List.of(CENTRE, HARBOUR), Set.of(CENTRE, HARBOUR));
            return networks.save(found).id();
        }))
                .andWaitForEventOfType(ServiceAreaChanged.class)
                .matchingMappedValue(ServiceAreaChanged::network, network)
                .toArriveAndVerify(event -> {
                    assertThat(event.neighbourhoods()).isEqualTo(2);
                    assertThat(event.practices()).isZero();
                });
    }

    @Test
    void activatingANetworkPublishesNetworkStatusChanged(Scenario scenario) {
        NetworkId network = networks.save(newNetwork(region())).id();
        LocalDate since = LocalDate.of(2027, 1, 1);

        scenario.stimulate(transactions -> transactions.execute(status -> {
            Network found = networks.findById(network.value()).orElseThrow();
            found.changeStatus(NetworkStatus.ACTIVE, since);
            return networks.save(found).id();
        }))
                .andWaitForEventOfType(NetworkStatusChanged.class)
                .matchingMappedValue(NetworkStatusChanged::network, network)
                .toArriveAndVerify(event -> assertThat(event)
                        .isEqualTo(new NetworkStatusChanged(network, NetworkStatus.IN_FORMATION,
                                NetworkStatus.ACTIVE, since)));
    }

    private RegionId region() {
        RegionId region = regions.save(new Region("Modulaire regio " + UUID.randomUUID(), Set.of(MUNICIPALITY),
                clock.instant())).id();
        made.add(region);
        return region;
    }

    private Network newNetwork(RegionId region) {
        return new Network(region, new NetworkProfile("Wijkverband " + UUID.randomUUID(), null, null,
                NetworkKind.CORE, null, null, null, null), AreaBasis.NEIGHBOURHOODS, null, LocalDate.of(2026, 12, 1),
                clock.instant());
    }
}
