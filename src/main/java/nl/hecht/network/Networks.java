package nl.hecht.network;

import java.util.List;
import java.util.Optional;

import nl.hecht.identity.AccountId;

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
}
