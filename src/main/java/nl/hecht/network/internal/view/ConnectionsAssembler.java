package nl.hecht.network.internal.view;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.Organisation;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.AreaBasis;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.internal.access.NetworkAccess.Rights;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkConnections;
import nl.hecht.network.internal.network.NetworkRelation;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.network.internal.network.PracticePopulation;
import nl.hecht.network.internal.view.NetworkConnectionsView.Related;
import nl.hecht.shared.Today;

/**
 * Assembles {@link NetworkConnectionsView} for the network page, within the caller's read-only transaction, and
 * decides who sees the members' task packages and mandates (R046, R048): the network's current members, and who
 * coordinates or manages it.
 */
@Component
@Transactional(readOnly = true)
class ConnectionsAssembler {

    private final NetworkRepository networks;
    private final NetworkConnections connections;
    private final Clock clock;

    ConnectionsAssembler(NetworkRepository networks, NetworkConnections connections, Clock clock) {
        this.networks = networks;
        this.connections = connections;
        this.clock = clock;
    }

    NetworkConnectionsView of(CurrentUser user, Network network, List<Organisation> practices, Rights rights) {
        List<Related> worksWith = new ArrayList<>();
        if (!network.relations().isEmpty()) {
            Map<UUID, Network> byId = networks.findAllById(network.relations().stream()
                    .map(NetworkRelation::relatedNetworkId).toList()).stream()
                    .collect(Collectors.toMap(other -> other.id().value(), Function.identity()));
            for (NetworkRelation relation : network.relations()) {
                Network other = byId.get(relation.relatedNetworkId());
                if (other != null) {
                    worksWith.add(new Related(other.toSummary(), relation.note()));
                }
            }
            worksWith.sort(Comparator.comparing(related -> related.network().name()));
        }
        List<Related> workedWithBy = connections.workingWith(network.id()).stream()
                .map(other -> new Related(other.toSummary(), other.relations().stream()
                        .filter(relation -> relation.related().equals(network.id())).findFirst()
                        .map(NetworkRelation::note).orElse(null)))
                .toList();
        boolean open = network.status() != NetworkStatus.ENDED;
        return new NetworkConnectionsView(network.contactPoint(), worksWith, workedWithBy,
                PracticePopulation.of(practices),
                open && rights.coordinate() && network.kind() == NetworkKind.THEMATIC,
                open && rights.coordinate() && network.areaBasis() == AreaBasis.PRACTICES,
                showsTasks(user, network, rights));
    }

    /** R046, R048: the network's current members see each other's task packages and mandates, as do its coordinators. */
    boolean showsTasks(CurrentUser user, Network network, Rights rights) {
        return rights.coordinate() || network.isMember(user.id(), Today.in(clock));
    }

    List<MemberView> tasksFor(NetworkConnectionsView view, List<MemberView> members) {
        return view.showsTasks() ? members : members.stream().map(MemberView::withoutTasks).toList();
    }
}
