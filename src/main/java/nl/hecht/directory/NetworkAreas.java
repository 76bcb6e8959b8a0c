package nl.hecht.directory;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * What the sociale kaart needs to know about networks and regions, implemented by the module that keeps them (the
 * directory may not depend on it): the networks one can filter on, whose area a coordinator curates, and which
 * municipalities the regions of RESV staff cover. Without an implementation there are no networks to filter on,
 * nobody curates by area and RESV staff keep no region.
 */
public interface NetworkAreas {

    /** All networks with a service area, by name (for the neighbourhoods one can choose, not to show). */
    List<NetworkArea> networks();

    /**
     * The networks with a service area that the person may filter on, by name: those of the regions the person
     * belongs to as member of a network or as RESV staff; every network for administrators.
     */
    List<NetworkArea> networksVisibleTo(CurrentUser user);

    /** The neighbourhoods of the networks the account currently coordinates (empty when none). */
    Set<NeighbourhoodCode> curatedBy(AccountId account);

    /** The municipalities of the regions the account is RESV staff of (empty when none). */
    Set<MunicipalityCode> municipalitiesStaffedBy(AccountId account);

    /** A network's name and the neighbourhoods it serves. */
    record NetworkArea(UUID id, String name, Set<NeighbourhoodCode> neighbourhoods) {
    }
}
