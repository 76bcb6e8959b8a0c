package nl.hecht.network.internal.view;

import static nl.hecht.network.internal.access.NetworkPolicyNames.COORDINATE_NETWORK;
import static nl.hecht.network.internal.access.NetworkPolicyNames.VIEW_NETWORK;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.internal.access.NetworkAccess;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionRepository;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.Today;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/**
 * The charter of a network to read (page and PDF: whoever may see the network, i.e. its members, coordinator and the
 * RESV staff of its region) and to fill in (its coordinator or the RESV). Reads only.
 */
@ApplicationService
@Transactional(readOnly = true)
public class CharterViews {

    private final NetworkAccess access;
    private final NetworkRepository networks;
    private final RegionRepository regions;
    private final Clock clock;

    CharterViews(NetworkAccess access, NetworkRepository networks, RegionRepository regions, Clock clock) {
        this.access = access;
        this.networks = networks;
        this.regions = regions;
        this.clock = clock;
    }

    @UseCase(policy = VIEW_NETWORK)
    public CharterPage page(CurrentUser user, NetworkId id) {
        Network network = load(id);
        String regionName = regions.findById(network.region().value()).map(Region::name).orElse(null);
        Optional<NetworkSummary> predecessor = Optional.ofNullable(network.predecessor().network())
                .flatMap(networks::findById).filter(earlier -> earlier.region().equals(network.region()))
                .map(Network::toSummary);
        return new CharterPage(network.id(), network.name(), regionName, network.label(), network.kind(),
                network.theme(), network.status(), network.statusSince(), network.charter(), network.documentLinks(),
                network.commitments(), CharterPage.checkpoints(network), network.predecessor().description(),
                predecessor, network.charterMissingParts(), access.rightsOn(user, network).coordinate(),
                Today.in(clock));
    }

    @UseCase(policy = COORDINATE_NETWORK)
    public CharterEditor editor(CurrentUser user, NetworkId id) {
        Network network = load(id);
        List<NetworkSummary> ended = networks.findByRegionIdOrderByName(network.region()).stream()
                .filter(other -> other.status() == NetworkStatus.ENDED && !other.id().equals(id))
                .map(Network::toSummary).sorted(Comparator.comparing(NetworkSummary::name)).toList();
        return new CharterEditor(network.id(), network.name(), network.charter(), network.documentLinks(),
                network.commitments(), network.modelDecisions(), network.predecessor(), ended);
    }

    private Network load(NetworkId id) {
        return networks.findById(id.value()).orElseThrow(NotFoundException::new);
    }
}
