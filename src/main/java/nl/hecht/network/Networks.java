package nl.hecht.network;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.hecht.identity.AccountId;
import nl.hecht.shared.NeighbourhoodCode;

/** What other modules may ask about networks. */
public interface Networks {

    Optional<NetworkSummary> find(NetworkId id);

    List<NetworkSummary> inRegion(RegionId region);

    /** The networks the account is a current member of. */
    List<NetworkSummary> ofMember(AccountId account);

    /** Whether the account is a current member of the network. */
    boolean isMember(NetworkId network, AccountId account);

    /** Whether the account is a current coordinator of the network. */
    boolean isCoordinator(NetworkId network, AccountId account);

    // --- issue 11 wijkfoto ---

    /** The neighbourhoods the network serves (empty when it does not exist or serves none). */
    Set<NeighbourhoodCode> serviceArea(NetworkId network);
}
