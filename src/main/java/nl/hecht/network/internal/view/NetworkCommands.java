package nl.hecht.network.internal.view;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.AreaBasis;
import nl.hecht.network.MemberId;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.RegionId;
import static nl.hecht.network.internal.access.NetworkPolicyNames.COORDINATE_AREA;
import static nl.hecht.network.internal.access.NetworkPolicyNames.COORDINATE_MEMBERS;
import static nl.hecht.network.internal.access.NetworkPolicyNames.CREATE_NETWORK;
import static nl.hecht.network.internal.access.NetworkPolicyNames.COORDINATE_NETWORK;
import static nl.hecht.network.internal.access.NetworkPolicyNames.MANAGE_NETWORK;
import static nl.hecht.network.internal.access.NetworkPolicyNames.MANAGE_REGION;

import nl.hecht.network.internal.network.Charter;
import nl.hecht.network.internal.network.DocumentLink;
import nl.hecht.network.internal.network.MemberDetails;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkProfile;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.region.RegionManagement;
import nl.hecht.network.internal.region.SizeAdvice;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/**
 * The changes people make on the network pages: each use case names the policy that decides who may make it (404 for
 * what they may not see, 403 for what they may see but not change, R043) and then changes the aggregate.
 */
@ApplicationService
@Transactional
public class NetworkCommands {

    private final NetworkManagement networks;
    private final RegionManagement regions;
    private final MemberAccounts memberAccounts;

    NetworkCommands(NetworkManagement networks, RegionManagement regions, MemberAccounts memberAccounts) {
        this.networks = networks;
        this.regions = regions;
        this.memberAccounts = memberAccounts;
    }

    /** A new member, linked to a Hecht account (not a client's) or known by name only. */
    @UseCase(policy = COORDINATE_MEMBERS)
    public MemberId addMember(CurrentUser user, NetworkId id, MemberDetails details, LocalDate from) {
        memberAccounts.requireLinkable(network(id), details.accountId(), null);
        return networks.addMember(id, details, from);
    }

    /** Changes a member; linking another account, or none (unlinking), is part of the change. */
    @UseCase(policy = COORDINATE_MEMBERS)
    public void changeMember(CurrentUser user, NetworkId id, MemberId member, MemberDetails details) {
        Network network = network(id);
        memberAccounts.requireLinkable(network, details.accountId(), network.member(member).account());
        networks.changeMember(id, member, details);
    }

    @UseCase(policy = COORDINATE_MEMBERS)
    public void endMembership(CurrentUser user, NetworkId id, MemberId member, LocalDate until) {
        networks.endMembership(id, member, until);
    }

    @UseCase(policy = COORDINATE_MEMBERS)
    public void resumeMembership(CurrentUser user, NetworkId id, MemberId member) {
        networks.resumeMembership(id, member);
    }

    @UseCase(policy = COORDINATE_AREA)
    public void serveNeighbourhoods(CurrentUser user, NetworkId id, Collection<NeighbourhoodCode> codes) {
        networks.serveNeighbourhoods(id, codes);
    }

    @UseCase(policy = COORDINATE_AREA)
    public boolean toggleNeighbourhood(CurrentUser user, NetworkId id, NeighbourhoodCode code) {
        return networks.toggleNeighbourhood(id, code);
    }

    @UseCase(policy = COORDINATE_NETWORK)
    public void recordNonParticipation(CurrentUser user, NetworkId id, String expectation, String reason) {
        networks.recordNonParticipation(id, expectation, reason);
    }

    @UseCase(policy = MANAGE_NETWORK)
    public void changeStatus(CurrentUser user, NetworkId id, NetworkStatus status, LocalDate since) {
        networks.changeStatus(id, status, since);
    }

    @UseCase(policy = MANAGE_NETWORK)
    public void justifySize(CurrentUser user, NetworkId id, String justification) {
        networks.justifySize(id, justification);
    }

    /** A new network in the region, in formation with the RESV as driver (R020); RESV staff of the region only. */
    @UseCase(policy = CREATE_NETWORK)
    public NetworkId createNetwork(CurrentUser user, RegionId region, NetworkProfile profile, AreaBasis basis) {
        return networks.create(region, profile, basis, null);
    }

    /** Name, labels (R129, R088), theme and age range; RESV staff of the region only. */
    @UseCase(policy = MANAGE_NETWORK)
    public void describe(CurrentUser user, NetworkId id, NetworkProfile profile) {
        networks.describe(id, profile);
    }

    /** What the network stands for, answers A–D, organisational model and regional documents; coordinator or RESV. */
    @UseCase(policy = COORDINATE_NETWORK)
    public void changeCharter(CurrentUser user, NetworkId id, Charter charter, List<DocumentLink> links) {
        networks.changeCharter(id, charter, links);
    }

    /**
     * Social domain seated or linked (seed 003), which functions count for its seat (R010, R011) and the functions
     * the network names of its own (seed 000).
     */
    @UseCase(policy = COORDINATE_NETWORK)
    public void configureComposition(CurrentUser user, NetworkId id, boolean socialDomainLinked, String howLinked,
            Collection<String> countedSocialFunctions, Collection<String> ownSocialFunctions) {
        networks.configureComposition(id, socialDomainLinked, howLinked, countedSocialFunctions, ownSocialFunctions);
    }

    /** The region's advice on the size of its core networks; RESV staff of the region. */
    @UseCase(policy = MANAGE_REGION)
    public void adviseSize(CurrentUser user, RegionId id, SizeAdvice advice) {
        regions.adviseSize(id, advice);
    }

    private Network network(NetworkId id) {
        return networks.network(id).orElseThrow(NotFoundException::new);
    }
}
