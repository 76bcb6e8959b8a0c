package nl.hecht.directory.internal;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The part of the sociale kaart a person may change, import and export: the whole of it (administrators) or what
 * belongs to the municipalities of their regions (RESV staff). The rule, in one place:
 * <ul>
 * <li>an <b>organisation</b> belongs to a region when one of its locations lies in one of the region's
 * municipalities; an organisation without a location (with a known neighbourhood) belongs to the regions in which
 * one of its entries serves a neighbourhood, and one with neither locations nor entries (just registered) to
 * every region;</li>
 * <li>an <b>entry</b> belongs to a region when one of its locations or served neighbourhoods lies in one of the
 * region's municipalities, or its organisation belongs to the region.</li>
 * </ul>
 * A neighbourhood lies in the municipality its code names (BU<i>gggg</i>wwbb lies in GM<i>gggg</i>).
 *
 * @param municipalities the municipalities of the scope; {@code null} for the whole sociale kaart
 */
public record EntryScope(Set<MunicipalityCode> municipalities) {

    /** The whole sociale kaart. */
    public static final EntryScope WHOLE = new EntryScope(null);

    /** Nothing (RESV staff of no region). */
    public static final EntryScope NONE = new EntryScope(Set.of());

    public EntryScope {
        municipalities = municipalities == null ? null : Set.copyOf(municipalities);
    }

    public boolean whole() {
        return municipalities == null;
    }

    /** Whether the neighbourhood (a code, or null) lies in the scope. */
    public boolean covers(String neighbourhood) {
        if (whole()) {
            return true;
        }
        return neighbourhood != null && NeighbourhoodCode.isValid(neighbourhood)
                && municipalities.contains(new NeighbourhoodCode(neighbourhood).municipality());
    }

    public boolean coversAny(Collection<String> neighbourhoods) {
        return whole() || neighbourhoods.stream().anyMatch(this::covers);
    }

    /**
     * Whether an organisation belongs to the scope.
     *
     * @param locations the neighbourhoods of its locations (null where unknown)
     * @param served the neighbourhoods its entries serve
     * @param hasEntries whether it has entries at all
     */
    public boolean coversOrganisation(Collection<String> locations, Collection<String> served, boolean hasEntries) {
        if (whole()) {
            return true;
        }
        if (locations.stream().anyMatch(Objects::nonNull)) {
            return coversAny(locations);
        }
        return hasEntries ? coversAny(served) : true;
    }

    /** Whether an entry belongs to the scope: its organisation does, or one of its locations or neighbourhoods. */
    public boolean coversEntry(boolean organisationCovered, Collection<String> area) {
        return organisationCovered || coversAny(area);
    }
}
