package nl.hecht.network.internal.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.NetworkAreas;
import nl.hecht.directory.NetworkAreas.NetworkArea;
import nl.hecht.network.NetworkStatus;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The search pages ask for every network's service area at every search; the answer comes from the
 * reference data cache, and every change that alters it (a new name, another status, another service area) is seen at
 * once on this node.
 */
@SpringBootTest
@AutoConfigureMockMvc // the MockMvc tests' context, so the run boots one context fewer
@Transactional
class NetworkAreasCacheIntegrationTests {

    @Autowired
    NetworkAreas networkAreas;
    @Autowired
    NetworkManagement networks;

    @Test
    void theServiceAreasAreReadOnceAndThenServedFromTheCache() {
        List<NetworkArea> first = networkAreas.networks();

        assertThat(first).isNotEmpty();
        assertThat(networkAreas.networks()).isSameAs(first);
    }

    @Test
    void aRenameAStatusChangeAndAnotherServiceAreaAreSeenAtOnce() {
        NetworkArea oost = area("Wijkverband Oost");
        Network network = networks.network(new nl.hecht.network.NetworkId(oost.id())).orElseThrow();
        NetworkProfile profile = network.profile();

        networks.describe(network.id(), new NetworkProfile("Wijkverband Oost en Haven", profile.label(),
                profile.coordinatorLabel(), profile.kind(), profile.theme(), profile.themeDescription(),
                profile.ageFrom(), profile.ageTo()));
        assertThat(networkAreas.networks()).extracting(NetworkArea::name).contains("Wijkverband Oost en Haven")
                .doesNotContain("Wijkverband Oost");

        NeighbourhoodCode dropped = oost.neighbourhoods().iterator().next();
        networks.toggleNeighbourhood(network.id(), dropped);
        assertThat(area("Wijkverband Oost en Haven").neighbourhoods()).hasSize(oost.neighbourhoods().size() - 1)
                .doesNotContain(dropped);

        networks.changeStatus(network.id(), NetworkStatus.ENDED, LocalDate.of(2099, 1, 1));
        assertThat(networkAreas.networks()).extracting(NetworkArea::name).doesNotContain("Wijkverband Oost en Haven");
    }

    private NetworkArea area(String name) {
        return networkAreas.networks().stream().filter(area -> area.name().equals(name)).findFirst().orElseThrow();
    }
}
