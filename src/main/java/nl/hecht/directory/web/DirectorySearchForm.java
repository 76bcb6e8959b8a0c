package nl.hecht.directory.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A search of the sociale kaart as the query string carries it, so a search can be bookmarked and works without
 * JavaScript (R245–R247 for the public directory). Every parameter stays text: a wrong value ({@code radius=abc},
 * {@code page=-1}) is ignored by {@link DirectorySearchScreen}, never answered with an error, and comes back as
 * typed where it was typed.
 *
 * @param q free text
 * @param category category codes (a top-level code includes its sub-categories)
 * @param group target-group codes
 * @param kind SERVICE, INITIATIVE, ACCESS_POINT
 * @param network a network's id: its neighbourhoods (staff search only)
 * @param neighbourhood CBS neighbourhood codes
 * @param near a postal code ("9901 AA", "9901"), a neighbourhood code or a neighbourhood's name
 * @param lat latitude from the browser's geolocation ("my location"); with {@code lon} it wins over {@code near}
 * @param radius kilometres around the place
 * @param open "open now"
 * @param self self-referral possible
 * @param nowait no waiting time
 * @param sort relevance, distance or name
 * @param page 1-based
 * @param view list or map
 */
record DirectorySearchForm(String q, List<String> category, List<String> group, List<String> kind, String network,
        List<String> neighbourhood, String near, String lat, String lon, String radius, String open, String self,
        String nowait, String sort, String page, String view) {

    DirectorySearchForm {
        category = clean(category);
        group = clean(group);
        kind = clean(kind);
        neighbourhood = clean(neighbourhood);
    }

    static DirectorySearchForm empty() {
        return new DirectorySearchForm(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    public boolean mapView() {
        return "map".equals(view);
    }

    public boolean usesMyLocation() {
        return present(lat) && present(lon);
    }

    public boolean openNow() {
        return on(open);
    }

    public boolean selfReferral() {
        return on(self);
    }

    public boolean noWaitingTime() {
        return on(nowait);
    }

    /**
     * How many filters beside the search words are set (each kind, category, group and neighbourhood counts, a place
     * with or without a radius once): the folded filter button on small screens says so.
     */
    public int activeFilters() {
        int count = kind.size() + category.size() + group.size() + neighbourhood.size();
        count += present(network) ? 1 : 0;
        count += present(near) || usesMyLocation() || present(radius) ? 1 : 0;
        count += (openNow() ? 1 : 0) + (selfReferral() ? 1 : 0) + (noWaitingTime() ? 1 : 0);
        return count;
    }

    static boolean on(String flag) {
        return flag != null && (flag.equalsIgnoreCase("true") || flag.equalsIgnoreCase("on") || flag.equals("1"));
    }

    public boolean chose(String listName, String value) {
        List<String> values = switch (listName) {
            case "category" -> category;
            case "group" -> group;
            case "kind" -> kind;
            case "neighbourhood" -> neighbourhood;
            default -> List.of();
        };
        return values.contains(value);
    }

    /** The query string of this search (without leading "?"), with the given parameters replaced (null removes). */
    String queryString(Map<String, String> overrides) {
        StringBuilder query = new StringBuilder();
        single(query, "q", q, overrides);
        category.forEach(value -> add(query, "category", value));
        group.forEach(value -> add(query, "group", value));
        kind.forEach(value -> add(query, "kind", value));
        single(query, "network", network, overrides);
        neighbourhood.forEach(value -> add(query, "neighbourhood", value));
        single(query, "near", near, overrides);
        single(query, "lat", lat, overrides);
        single(query, "lon", lon, overrides);
        single(query, "radius", radius, overrides);
        single(query, "open", on(open) ? "true" : null, overrides);
        single(query, "self", on(self) ? "true" : null, overrides);
        single(query, "nowait", on(nowait) ? "true" : null, overrides);
        single(query, "sort", sort, overrides);
        single(query, "page", page, overrides);
        single(query, "view", view, overrides);
        return query.toString();
    }

    /** The address of this search on the given page ("/directory"), as typed. */
    String url(String base) {
        String query = queryString(Map.of());
        return query.isEmpty() ? base : base + "?" + query;
    }

    private static void single(StringBuilder query, String name, String value, Map<String, String> overrides) {
        String chosen = overrides.containsKey(name) ? overrides.get(name) : value;
        if (present(chosen)) {
            add(query, name, chosen.strip());
        }
    }

    private static void add(StringBuilder query, String name, String value) {
        if (query.length() > 0) {
            query.append('&');
        }
        query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).filter(value -> !value.isEmpty())
                        .distinct().limit(50).toList();
    }
}
