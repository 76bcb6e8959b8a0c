package nl.hecht.directory;

import java.util.Set;

import nl.hecht.shared.NeighbourhoodCode;

/** A community initiative (or other entry of the sociale basis) as other modules see it, e.g. as a player in a network analysis. */
public record InitiativeSummary(ServiceId id, String name, String categoryCode, String organiser,
        OrganisationId organisation, Set<NeighbourhoodCode> neighbourhoods) {
}
