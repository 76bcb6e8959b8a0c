package nl.hecht.network.internal.view;

import static nl.hecht.network.internal.access.NetworkPolicyNames.COORDINATE_AREA;
import static nl.hecht.network.internal.access.NetworkPolicyNames.COORDINATE_NETWORK;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.AreaBasis;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.internal.network.ContactPoint;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkConnections;
import nl.hecht.network.internal.network.NetworkRelation;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.network.internal.network.PracticePopulation;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/**
 * The screens of issue 11 that connect a network to others: choosing the GP practices of a practice-based network
 * with their list sizes summed (R136, R141), the core networks a thematic network works with (R157), and the
 * network's contact point (R054, R092). Its coordinator or its RESV; 404 for who may not see the network, 403 for who
 * may see but not change it.
 */
@ApplicationService
@Transactional(readOnly = true)
public class NetworkConnectionScreens {

    /** A GP practice to choose, whether it is chosen, and the other practice-based networks that serve it. */
    public record PracticeChoice(Organisation practice, boolean chosen, List<String> alsoServedBy) {
    }

    /** The practice editor: the network, every GP practice of the register, and the population of those chosen. */
    public record PracticeEditor(NetworkId id, String name, List<PracticeChoice> practices,
            PracticePopulation population) {
    }

    /** A core network of the region to work with, whether it is chosen, and the note. */
    public record RelationChoice(NetworkSummary network, boolean chosen, String note) {
    }

    public record RelationsEditor(NetworkId id, String name, List<RelationChoice> choices) {
    }

    public record ContactPointPage(NetworkId id, String name, Optional<ContactPoint> contactPoint) {
    }

    private final NetworkRepository networks;
    private final NetworkConnections connections;
    private final Organisations organisations;

    NetworkConnectionScreens(NetworkRepository networks, NetworkConnections connections, Organisations organisations) {
        this.networks = networks;
        this.connections = connections;
        this.organisations = organisations;
    }

    // --- the GP practices of a practice-based network (R136) -------------------------------------------------

    @UseCase(policy = COORDINATE_AREA)
    public PracticeEditor practiceEditor(CurrentUser user, NetworkId id) {
        Network network = load(id);
        if (network.areaBasis() != AreaBasis.PRACTICES) {
            throw new NotFoundException();
        }
        Map<UUID, List<String>> servedBy = new HashMap<>();
        for (Network other : networks.findByRegionIdOrderByName(network.region())) {
            if (!other.id().equals(id) && other.status() != NetworkStatus.ENDED) {
                other.servedPractices().forEach(practice -> servedBy
                        .computeIfAbsent(practice, key -> new ArrayList<>()).add(other.name()));
            }
        }
        Set<UUID> chosen = network.servedPractices();
        List<Organisation> all = organisations.ofType(OrganisationType.GP_PRACTICE);
        List<PracticeChoice> choices = all.stream().map(practice -> new PracticeChoice(practice,
                chosen.contains(practice.id().value()),
                servedBy.getOrDefault(practice.id().value(), List.of()))).toList();
        return new PracticeEditor(network.id(), network.name(), choices, PracticePopulation.of(all.stream()
                .filter(practice -> chosen.contains(practice.id().value())).toList()));
    }

    /** Serves exactly these GP practices; refused when one is not a GP practice of the register. */
    @Transactional
    @UseCase(policy = COORDINATE_AREA)
    public void choosePractices(CurrentUser user, NetworkId id, Collection<OrganisationId> practices) {
        connections.choosePractices(id, practices.stream().map(OrganisationId::value).distinct().toList());
    }

    // --- the core networks a thematic network works with (R157) ------------------------------------------------

    @UseCase(policy = COORDINATE_NETWORK)
    public RelationsEditor relationsEditor(CurrentUser user, NetworkId id) {
        Network network = load(id);
        if (network.kind() != NetworkKind.THEMATIC) {
            throw new NotFoundException();
        }
        Map<UUID, String> notes = new HashMap<>();
        network.relations().forEach(relation -> notes.put(relation.relatedNetworkId(),
                relation.note() == null ? "" : relation.note()));
        Set<NetworkId> cores = connections.coreNetworksOf(network);
        List<RelationChoice> choices = networks.findAllById(cores.stream().map(NetworkId::value).toList()).stream()
                .sorted(Comparator.comparing(Network::name, String.CASE_INSENSITIVE_ORDER))
                .map(core -> new RelationChoice(core.toSummary(), notes.containsKey(core.id().value()),
                        notes.get(core.id().value())))
                .toList();
        return new RelationsEditor(network.id(), network.name(), choices);
    }

    /** Works with exactly these core networks, each with its note; refused for a network that is not a core one. */
    @Transactional
    @UseCase(policy = COORDINATE_NETWORK)
    public void workWith(CurrentUser user, NetworkId id, List<NetworkRelation> relations) {
        connections.workWith(id, relations);
    }

    // --- the contact point (R054, R092) ------------------------------------------------------------------

    @UseCase(policy = COORDINATE_NETWORK)
    public ContactPointPage contactPointForm(CurrentUser user, NetworkId id) {
        Network network = load(id);
        return new ContactPointPage(network.id(), network.name(), network.contactPoint());
    }

    /** Names the contact point; null removes it. */
    @Transactional
    @UseCase(policy = COORDINATE_NETWORK)
    public void appointContactPoint(CurrentUser user, NetworkId id, ContactPoint contactPoint) {
        connections.appointContactPoint(id, contactPoint);
    }

    private Network load(NetworkId id) {
        return networks.findById(id.value()).orElseThrow(NotFoundException::new);
    }

}
