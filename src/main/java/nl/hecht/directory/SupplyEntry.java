package nl.hecht.directory;

import java.util.Set;

import nl.hecht.shared.NeighbourhoodCode;

/**
 * An entry of the sociale kaart counted as supply in an area: its kind, its category and those of the asked
 * neighbourhoods it serves or has a location in.
 */
public record SupplyEntry(ServiceId id, EntryKind kind, String categoryCode, Set<NeighbourhoodCode> neighbourhoods) {

    public SupplyEntry {
        neighbourhoods = Set.copyOf(neighbourhoods);
    }
}
