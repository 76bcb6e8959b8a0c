package nl.hecht.network.internal.view;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.AreaBasis;
import nl.hecht.network.MemberId;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.access.NetworkAccess;
import nl.hecht.network.internal.network.Charter;
import nl.hecht.network.internal.network.DocumentLink;
import nl.hecht.network.internal.network.MemberDetails;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkProfile;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.region.RegionManagement;
import nl.hecht.network.internal.region.SizeAdvice;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The changes people make on the network pages: each checks who may make it ({@link NetworkAccess}: 404 for what
 * they may not see, 403 for what they may see but not change) and then changes the aggregate.
 */
@Service
@Transactional
public class NetworkCommands {

    private final NetworkAccess access;
    private final NetworkManagement networks;
    private final RegionManagement regions;
    private final MemberAccounts memberAccounts;

    NetworkCommands(NetworkAccess access, NetworkManagement networks, RegionManagement regions,
            MemberAccounts memberAccounts) {
        this.access = access;
        this.networks = networks;
        this.regions = regions;
        this.memberAccounts = memberAccounts;
    }

    /** A new member, linked to a Hecht account (not a client's) or known by name only. */
    public MemberId addMember(CurrentUser user, NetworkId id, MemberDetails details, LocalDate from) {
        Network network = access.networkToCoordinate(user, id);
        memberAccounts.requireLinkable(network, details.accountId(), null);
        return networks.addMember(id, details, from);
    }

    /** Changes a member; linking another account, or none (unlinking), is part of the change. */
    public void changeMember(CurrentUser user, NetworkId id, MemberId member, MemberDetails details) {
        Network network = access.networkToCoordinate(user, id);
        memberAccounts.requireLinkable(network, details.accountId(), network.member(member).account());
        networks.changeMember(id, member, details);
    }

    public void endMembership(CurrentUser user, NetworkId id, MemberId member, LocalDate until) {
        access.networkToCoordinate(user, id);
        networks.endMembership(id, member, until);
    }

    public void resumeMembership(CurrentUser user, NetworkId id, MemberId member) {
        access.networkToCoordinate(user, id);
        networks.resumeMembership(id, member);
    }

    public void serveNeighbourhoods(CurrentUser user, NetworkId id, Collection<NeighbourhoodCode> codes) {
        access.networkToCoordinate(user, id);
        networks.serveNeighbourhoods(id, codes);
    }

    public boolean toggleNeighbourhood(CurrentUser user, NetworkId id, NeighbourhoodCode code) {
        access.networkToCoordinate(user, id);
        return networks.toggleNeighbourhood(id, code);
    }

    public void recordNonParticipation(CurrentUser user, NetworkId id, String expectation, String reason) {
        access.networkToCoordinate(user, id);
        networks.recordNonParticipation(id, expectation, reason);
    }

    public void changeStatus(CurrentUser user, NetworkId id, NetworkStatus status, LocalDate since) {
        access.networkToManage(user, id);
        networks.changeStatus(id, status, since);
    }

    public void justifySize(CurrentUser user, NetworkId id, String justification) {
        access.networkToManage(user, id);
        networks.justifySize(id, justification);
    }

    /** A new network in the region, in formation with the RESV as driver (R020); RESV staff of the region only. */
    public NetworkId createNetwork(CurrentUser user, RegionId region, NetworkProfile profile, AreaBasis basis) {
        access.regionToManage(user, region);
        return networks.create(region, profile, basis, null);
    }

    /** Name, labels (R129, R088), theme and age range; RESV staff of the region only. */
    public void describe(CurrentUser user, NetworkId id, NetworkProfile profile) {
        access.networkToManage(user, id);
        networks.describe(id, profile);
    }

    /** What the network stands for, answers A–D, organisational model and regional documents; coordinator or RESV. */
    public void changeCharter(CurrentUser user, NetworkId id, Charter charter, List<DocumentLink> links) {
        access.networkToCoordinate(user, id);
        networks.changeCharter(id, charter, links);
    }

    /** Social domain seated or linked (seed 003) and which functions count for its seat (R010, R011). */
    public void configureComposition(CurrentUser user, NetworkId id, boolean socialDomainLinked, String howLinked,
            Collection<String> countedSocialFunctions) {
        access.networkToCoordinate(user, id);
        networks.configureComposition(id, socialDomainLinked, howLinked, countedSocialFunctions);
    }

    public void adviseSize(CurrentUser user, RegionId id, SizeAdvice advice) {
        access.regionToManage(user, id);
        regions.adviseSize(id, advice);
    }
}
