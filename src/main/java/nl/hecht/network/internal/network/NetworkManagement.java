package nl.hecht.network.internal.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.area.Areas;
import nl.hecht.area.Neighbourhood;
import nl.hecht.identity.AccountId;
import nl.hecht.network.AreaBasis;
import nl.hecht.network.MemberId;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.Networks;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.discipline.Disciplines;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionRepository;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.Today;

/**
 * Changes networks: one method per use case, each loading the aggregate, calling it and saving it (which publishes
 * its events). Callers check who may do so ({@code NetworkAccess}). Logs ids only.
 */
@Service
@Transactional
public class NetworkManagement implements Networks {

    private static final Logger log = LoggerFactory.getLogger(NetworkManagement.class);

    private final NetworkRepository networks;
    private final RegionRepository regions;
    private final Disciplines disciplines;
    private final Areas areas;
    private final Clock clock;

    NetworkManagement(NetworkRepository networks, RegionRepository regions, Disciplines disciplines, Areas areas,
            Clock clock) {
        this.networks = networks;
        this.regions = regions;
        this.areas = areas;
        this.disciplines = disciplines;
        this.clock = clock;
    }

    // --- Networks (the module's API) ----------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Optional<NetworkSummary> find(NetworkId id) {
        return networks.findById(id.value()).map(Network::toSummary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<NetworkSummary> inRegion(RegionId region) {
        return networks.findByRegionIdOrderByName(region).stream().map(Network::toSummary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<NetworkSummary> ofMember(AccountId account) {
        LocalDate today = today();
        return networks.findWithMemberAccount(account.value()).stream()
                .filter(network -> network.isMember(account, today)).map(Network::toSummary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMember(NetworkId network, AccountId account) {
        return networks.findById(network.value()).map(found -> found.isMember(account, today())).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isCoordinator(NetworkId network, AccountId account) {
        return networks.findById(network.value()).map(found -> found.isCoordinator(account, today())).orElse(false);
    }

    // issue 11 wijkfoto
    @Override
    @Transactional(readOnly = true)
    public Set<NeighbourhoodCode> serviceArea(NetworkId network) {
        return networks.findById(network.value()).map(found -> Set.copyOf(found.serviceArea())).orElse(Set.of());
    }

    // --- reading for this module ----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<Network> network(NetworkId id) {
        return networks.findById(id.value());
    }

    @Transactional(readOnly = true)
    public List<Network> networksIn(RegionId region) {
        return networks.findByRegionIdOrderByName(region);
    }

    // --- changes ---------------------------------------------------------------------------------------------

    public NetworkId create(RegionId region, NetworkProfile profile, AreaBasis basis, AccountId driver) {
        return create(region, profile, basis, driver, today());
    }

    /** A new network, in formation since the given day (for networks that were already being formed). */
    public NetworkId create(RegionId region, NetworkProfile profile, AreaBasis basis, AccountId driver,
            LocalDate since) {
        if (!regions.existsById(region.value())) {
            throw new DomainException("region.error.unknown");
        }
        if (networks.findByRegionIdAndName(region, profile.name()).isPresent()) {
            throw new DomainException("network.error.name-taken");
        }
        Network network = networks.save(new Network(region, profile, basis, driver, since, clock.instant()));
        log.info("Network {} formed in region {}", network.id(), region);
        return network.id();
    }

    public void describe(NetworkId id, NetworkProfile profile) {
        Network network = load(id);
        networks.findByRegionIdAndName(network.region(), profile.name())
                .filter(other -> !other.id().equals(id)).ifPresent(other -> {
                    throw new DomainException("network.error.name-taken");
                });
        network.describe(profile);
        networks.save(network);
    }

    public void changeStatus(NetworkId id, NetworkStatus status, LocalDate since) {
        Network network = load(id);
        network.changeStatus(status, since == null ? today() : since);
        networks.save(network);
        log.info("Network {} is now {}", id, status);
    }

    public void driveBy(NetworkId id, AccountId driver) {
        load(id).driveBy(driver);
    }

    /** Serves these neighbourhoods; refuses the change when one does not exist or lies outside the region. */
    public void serveNeighbourhoods(NetworkId id, Collection<NeighbourhoodCode> codes) {
        Network network = load(id);
        network.serveNeighbourhoods(codes, neighbourhoodsOfRegion(network));
        networks.save(network);
    }

    public boolean toggleNeighbourhood(NetworkId id, NeighbourhoodCode code) {
        Network network = load(id);
        boolean nowIn = network.toggleNeighbourhood(code, neighbourhoodsOfRegion(network));
        networks.save(network);
        return nowIn;
    }

    public void servePractices(NetworkId id, Collection<UUID> practices) {
        Network network = load(id);
        network.servePractices(practices);
        networks.save(network);
    }

    public void justifySize(NetworkId id, String justification) {
        load(id).justifySize(justification);
    }

    public void changeCharter(NetworkId id, Charter charter, List<DocumentLink> links) {
        load(id).changeCharter(charter, links);
    }

    /**
     * The whole charter (issue 11): the charter and its documents, the partners' commitment, the decisions on the
     * organisational model and the predecessor, which must be an ended network of the same region. All or nothing.
     */
    public void recordCharter(NetworkId id, CharterDraft draft) {
        Network network = load(id);
        Network earlier = draft.predecessorNetwork() == null ? null
                : networks.findById(draft.predecessorNetwork().value())
                        .orElseThrow(() -> new DomainException("charter.error.predecessor"));
        network.changeCharter(draft.charter(), draft.links());
        network.recordCommitments(draft.commitments());
        network.decideOnModel(draft.decisions());
        network.growOutOf(draft.predecessorDescription(), earlier);
        networks.save(network);
    }

    public void configureComposition(NetworkId id, boolean socialDomainLinked, String howLinked,
            Collection<String> countedSocialFunctions) {
        Network network = load(id);
        network.linkSocialDomain(socialDomainLinked, howLinked);
        network.countSocialFunctions(countedSocialFunctions, disciplines.catalogue());
    }

    /** The same, with the social-domain functions the network names of its own (seed 000). */
    public void configureComposition(NetworkId id, boolean socialDomainLinked, String howLinked,
            Collection<String> countedSocialFunctions, Collection<String> ownSocialFunctions) {
        configureComposition(id, socialDomainLinked, howLinked, countedSocialFunctions);
        load(id).nameOwnSocialFunctions(ownSocialFunctions);
    }

    public void recordNonParticipation(NetworkId id, String expectationKey, String reason) {
        load(id).recordNonParticipation(expectationKey, reason);
    }

    public MemberId addMember(NetworkId id, MemberDetails details, LocalDate from) {
        Network network = load(id);
        Member member = network.addMember(details, from == null ? today() : from, disciplines.catalogue(), today());
        networks.save(network);
        log.info("Member {} joined network {}", member.id(), id);
        return member.id();
    }

    public void changeMember(NetworkId id, MemberId memberId, MemberDetails details) {
        Network network = load(id);
        network.changeMember(memberId, details, disciplines.catalogue(), today());
        networks.save(network);
    }

    public void endMembership(NetworkId id, MemberId memberId, LocalDate until) {
        Network network = load(id);
        network.endMembership(memberId, until == null ? today() : until);
        networks.save(network);
        log.info("Member {} left network {}", memberId, id);
    }

    /** The known neighbourhoods of the municipalities of the network's region: those its area may hold. */
    private Set<NeighbourhoodCode> neighbourhoodsOfRegion(Network network) {
        Set<MunicipalityCode> municipalities = regions.findById(network.region().value())
                .map(Region::municipalities).orElse(Set.of());
        return areas.neighbourhoodsIn(municipalities).stream().map(Neighbourhood::code)
                .filter(code -> municipalities.contains(code.municipality())).collect(Collectors.toSet());
    }

    public void resumeMembership(NetworkId id, MemberId memberId) {
        Network network = load(id);
        network.resumeMembership(memberId, today());
        networks.save(network);
        log.info("Member {} back in network {} (end undone)", memberId, id);
    }

    private Network load(NetworkId id) {
        return networks.findById(id.value()).orElseThrow(() -> new DomainException("network.error.unknown"));
    }

    private LocalDate today() {
        return Today.in(clock);
    }
}
