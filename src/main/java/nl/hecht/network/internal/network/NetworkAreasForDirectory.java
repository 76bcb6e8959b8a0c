package nl.hecht.network.internal.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.NetworkAreas;
import nl.hecht.identity.AccountId;
import nl.hecht.network.NetworkStatus;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * Tells the sociale kaart (module directory) which networks it can filter on and which neighbourhoods a coordinator
 * curates: those of the service areas of the networks the account currently coordinates. Ended networks count for
 * neither.
 */
@Component
@Transactional(readOnly = true)
class NetworkAreasForDirectory implements NetworkAreas {

    private final NetworkRepository networks;
    private final Clock clock;

    NetworkAreasForDirectory(NetworkRepository networks, Clock clock) {
        this.networks = networks;
        this.clock = clock;
    }

    @Override
    public List<NetworkArea> networks() {
        return networks.findAll().stream()
                .filter(network -> network.status() != NetworkStatus.ENDED && !network.serviceArea().isEmpty())
                .map(network -> new NetworkArea(network.id().value(), network.name(), network.serviceArea()))
                .sorted(Comparator.comparing(NetworkArea::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public Set<NeighbourhoodCode> curatedBy(AccountId account) {
        LocalDate today = clock.instant().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate();
        Set<NeighbourhoodCode> codes = new TreeSet<>();
        networks.findWithMemberAccount(account.value()).stream()
                .filter(network -> network.status() != NetworkStatus.ENDED && network.isCoordinator(account, today))
                .forEach(network -> codes.addAll(network.serviceArea()));
        return codes;
    }
}
