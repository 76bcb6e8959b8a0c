package nl.hecht.directory;

import java.util.Set;

import nl.hecht.shared.NeighbourhoodCode;

/**
 * A search of the sociale kaart. Empty sets and nulls mean "no filter".
 *
 * @param text free text, matched with the Dutch analyzer (stems and word parts: "schuldhulp" finds
 *        "schuldhulpverlening", "ouderen" finds "oudere")
 * @param categories category codes; a top-level category includes its sub-categories
 * @param neighbourhoods entries that serve at least one of these neighbourhoods (e.g. a network's service area)
 * @param near centre for distance filter and distance sort; {@code radiusKm} limits the distance when set
 * @param openNow only entries open at the moment of searching
 * @param selfReferral only entries one can go to without a referral
 * @param noWaitingTime only entries with a known waiting time of zero days
 * @param publicOnly only entries marked public (the public directory always sets it)
 */
public record SearchQuery(String text, Set<String> categories, Set<String> targetGroups, Set<EntryKind> kinds,
        Set<NeighbourhoodCode> neighbourhoods, GeoPoint near, Double radiusKm, boolean openNow, boolean selfReferral,
        boolean noWaitingTime, boolean publicOnly, SortOrder sort, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 500;

    public SearchQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 200) {
            text = text.substring(0, 200);
        }
        categories = Set.copyOf(categories == null ? Set.of() : categories);
        targetGroups = Set.copyOf(targetGroups == null ? Set.of() : targetGroups);
        kinds = Set.copyOf(kinds == null ? Set.of() : kinds);
        neighbourhoods = neighbourhoods == null ? null : Set.copyOf(neighbourhoods);
        if (radiusKm != null && (radiusKm <= 0 || radiusKm.isNaN())) {
            radiusKm = null;
        }
        if (sort == null) {
            sort = near == null ? SortOrder.RELEVANCE : SortOrder.DISTANCE; // a place given: nearest first
        }
        if (sort == SortOrder.DISTANCE && near == null) {
            sort = SortOrder.RELEVANCE;
        }
        page = Math.max(0, page);
        pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
    }

    /** Everything, first page of twenty. */
    public static SearchQuery all() {
        return new SearchQuery(null, null, null, null, null, null, null, false, false, false, false, null, 0, 20);
    }

    public static SearchQuery text(String text) {
        return all().withText(text);
    }

    public SearchQuery withText(String newText) {
        return new SearchQuery(newText, categories, targetGroups, kinds, neighbourhoods, near, radiusKm, openNow,
                selfReferral, noWaitingTime, publicOnly, sort, page, pageSize);
    }

    public SearchQuery asPublic() {
        return new SearchQuery(text, categories, targetGroups, kinds, neighbourhoods, near, radiusKm, openNow,
                selfReferral, noWaitingTime, true, sort, page, pageSize);
    }

    public SearchQuery page(int newPage, int newPageSize) {
        return new SearchQuery(text, categories, targetGroups, kinds, neighbourhoods, near, radiusKm, openNow,
                selfReferral, noWaitingTime, publicOnly, sort, newPage, newPageSize);
    }

    /** The sort orders a search offers. */
    public enum SortOrder {
        RELEVANCE, DISTANCE, NAME
    }
}
