package nl.hecht.directory;

import nl.hecht.shared.NeighbourhoodCode;

/** A location as others see it. */
public record Location(LocationId id, OrganisationId organisation, String externalId, String name, String address,
        String postalCode, String city, NeighbourhoodCode neighbourhood, Double latitude, Double longitude,
        boolean wheelchairAccessible, String accessibility) {
}
