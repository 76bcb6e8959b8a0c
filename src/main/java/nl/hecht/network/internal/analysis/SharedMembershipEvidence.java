package nl.hecht.network.internal.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.OrganisationId;
import nl.hecht.network.CollaborationEvidence;
import nl.hecht.network.DerivedLine;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NodeRef;
import nl.hecht.network.internal.network.Member;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.shared.Today;

/**
 * The network module's own evidence of collaboration: two member organisations of this network whose people also sit
 * together in another active network of the region that works in the same place: a thematic network over the same
 * neighbourhoods, or one organised around a GP practice that is a member here (an elderly team around the practice).
 * Two core networks that share a neighbourhood do not count: that overlap is a coverage finding, and their standard
 * members would connect everyone with everyone. The count is the number of such networks, named in the context.
 */
@Component
@Transactional(readOnly = true)
class SharedMembershipEvidence implements CollaborationEvidence {

    static final String BASIS = "analysis.basis.shared-network";

    private final NetworkRepository networks;
    private final Clock clock;

    SharedMembershipEvidence(NetworkRepository networks, Clock clock) {
        this.networks = networks;
        this.clock = clock;
    }

    @Override
    public List<DerivedLine> linesFor(NetworkId id) {
        Network network = networks.findById(id.value()).orElse(null);
        if (network == null) {
            return List.of();
        }
        LocalDate today = Today.in(clock);
        Set<UUID> own = organisations(network, today);
        Map<String, List<String>> together = new TreeMap<>();
        Map<String, NodeRef[]> ends = new TreeMap<>();
        for (Network other : networks.findByRegionIdOrderByName(network.region())) {
            if (other.id().equals(network.id()) || other.status() != NetworkStatus.ACTIVE
                    || network.kind() == NetworkKind.CORE && other.kind() == NetworkKind.CORE) {
                continue;
            }
            Set<UUID> theirs = organisations(other, today);
            if (!samePlace(network, own, other, theirs)) {
                continue;
            }
            List<UUID> shared = own.stream().filter(theirs::contains).sorted().toList();
            for (int i = 0; i < shared.size(); i++) {
                for (int j = i + 1; j < shared.size(); j++) {
                    NodeRef a = NodeRef.organisation(new OrganisationId(shared.get(i)));
                    NodeRef b = NodeRef.organisation(new OrganisationId(shared.get(j)));
                    String key = a + "|" + b;
                    together.computeIfAbsent(key, k -> new ArrayList<>()).add(other.name());
                    ends.putIfAbsent(key, new NodeRef[] { a, b });
                }
            }
        }
        List<DerivedLine> lines = new ArrayList<>();
        together.forEach((key, names) -> {
            Collections.sort(names);
            lines.add(new DerivedLine(ends.get(key)[0], ends.get(key)[1], BASIS, names.size(), names));
        });
        return lines;
    }

    /** Whether two networks work in the same place: a shared neighbourhood or a practice one serves and the other has. */
    private static boolean samePlace(Network network, Set<UUID> own, Network other, Set<UUID> theirs) {
        if (!Collections.disjoint(network.serviceArea(), other.serviceArea())) {
            return true;
        }
        return !Collections.disjoint(other.servedPractices(), own)
                || !Collections.disjoint(network.servedPractices(), theirs)
                || !Collections.disjoint(network.servedPractices(), other.servedPractices());
    }

    private static Set<UUID> organisations(Network network, LocalDate today) {
        Set<UUID> ids = new TreeSet<>();
        network.currentMembers(today).stream().map(Member::organisationId).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }
}
