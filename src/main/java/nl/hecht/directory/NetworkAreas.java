package nl.hecht.directory;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.hecht.identity.AccountId;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * What the sociale kaart needs to know about networks, implemented by the module that keeps them (the directory
 * may not depend on it): the networks one can filter on, and whose area a coordinator curates. Without an
 * implementation there are no networks to filter on and nobody curates by area.
 */
public interface NetworkAreas {

    /** Networks with a service area, by name. */
    List<NetworkArea> networks();

    /** The neighbourhoods of the networks the account currently coordinates (empty when none). */
    Set<NeighbourhoodCode> curatedBy(AccountId account);

    /** A network's name and the neighbourhoods it serves. */
    record NetworkArea(UUID id, String name, Set<NeighbourhoodCode> neighbourhoods) {
    }
}
