package nl.hecht.network.internal.network;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkKind;
import nl.hecht.shared.DomainException;

/**
 * Changes what connects a network to others (issue 11): the GP practices a practice-based network serves (R136), its
 * contact point (R054, R092) and the core networks a thematic network works with (R157). Loads the aggregate, lets it
 * keep its rules and saves it. Callers check who may do so; the demo data goes through here as the screens do.
 */
@Service
@Transactional
public class NetworkConnections {

    private static final Logger log = LoggerFactory.getLogger(NetworkConnections.class);

    private final NetworkRepository networks;
    private final Organisations organisations;

    NetworkConnections(NetworkRepository networks, Organisations organisations) {
        this.networks = networks;
        this.organisations = organisations;
    }

    /** The GP practices of the register: those a practice-based network may choose. */
    @Transactional(readOnly = true)
    public Set<UUID> gpPractices() {
        return organisations.ofType(OrganisationType.GP_PRACTICE).stream().map(o -> o.id().value())
                .collect(Collectors.toSet());
    }

    public void choosePractices(NetworkId id, Collection<UUID> practices) {
        Network network = load(id);
        network.choosePractices(practices, gpPractices());
        networks.save(network);
        log.info("Network {} serves {} GP practices", id, practices.size());
    }

    public void appointContactPoint(NetworkId id, ContactPoint contactPoint) {
        load(id).appointContactPoint(contactPoint);
    }

    public void workWith(NetworkId id, Collection<NetworkRelation> relations) {
        Network network = load(id);
        network.workWith(relations, coreNetworksOf(network));
        log.info("Network {} works with {} core networks", id, relations.size());
    }

    /** The core networks of the network's region, apart from itself. */
    @Transactional(readOnly = true)
    public Set<NetworkId> coreNetworksOf(Network network) {
        return networks.findByRegionIdOrderByName(network.region()).stream()
                .filter(other -> other.kind() == NetworkKind.CORE && !other.id().equals(network.id()))
                .map(Network::id).collect(Collectors.toSet());
    }

    /** The thematic networks that work with this network. */
    @Transactional(readOnly = true)
    public List<Network> workingWith(NetworkId id) {
        return networks.findWorkingWith(id.value());
    }

    private Network load(NetworkId id) {
        return networks.findById(id.value()).orElseThrow(() -> new DomainException("network.error.unknown"));
    }
}
