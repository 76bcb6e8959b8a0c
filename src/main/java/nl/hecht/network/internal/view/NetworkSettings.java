package nl.hecht.network.internal.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.internal.discipline.Discipline;
import nl.hecht.network.internal.network.Charter;
import nl.hecht.network.internal.network.DocumentLink;
import nl.hecht.network.internal.network.NetworkProfile;

/**
 * A network's settings as its forms show them (profile, status, charter, social-domain settings), read in one
 * transaction after the access check, with the social-domain functions to choose from and those the network named of
 * its own (seed 000).
 */
public record NetworkSettings(NetworkId id, String name, String regionName, NetworkProfile profile,
        NetworkStatus status, LocalDate statusSince, Set<NetworkStatus> nextStatuses, Charter charter,
        List<DocumentLink> documentLinks, boolean socialDomainLinked, String socialDomainLink,
        Set<String> countedSocialFunctions, List<Discipline> socialFunctions,
        List<String> ownSocialFunctions) {
}
