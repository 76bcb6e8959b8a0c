package nl.hecht.directory.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.hecht.area.Areas;
import nl.hecht.area.Municipality;
import nl.hecht.area.Neighbourhood;
import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.GeoPoint;
import nl.hecht.directory.NetworkAreas;
import nl.hecht.directory.Organisation;
import nl.hecht.directory.NetworkAreas.NetworkArea;
import nl.hecht.identity.CurrentUser;
import nl.hecht.directory.SearchQuery;
import nl.hecht.directory.SearchQuery.SortOrder;
import nl.hecht.directory.SearchResult;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.ServiceHit;
import nl.hecht.directory.ServiceId;
import nl.hecht.directory.ServiceView;
import nl.hecht.directory.SocialMap;
import nl.hecht.directory.TaxonomyTerm;
import nl.hecht.directory.Vocabulary;
import nl.hecht.directory.internal.DirectorySearches;
import nl.hecht.directory.internal.PostalCodePlaces;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.web.NumberFormats;

/**
 * Turns the search form of the sociale kaart into a {@link SearchQuery}, runs it and prepares what the pages show:
 * the hits, the facet counts beside the options, the paging and the map markers. The staff search and the public
 * directory (R245–R247) use the same screen; the public one always searches with {@link SearchQuery#asPublic()} and
 * offers no networks. Wrong parameters are ignored, never an error.
 */
@Component
class DirectorySearchScreen {

    static final int PAGE_SIZE = 20;
    static final int MAP_SIZE = SearchQuery.MAX_PAGE_SIZE;
    /** Deeper pages than this are not offered (10,000 hits): a narrower search helps more. */
    static final int MAX_PAGE = 500;
    static final List<Integer> RADII = List.of(1, 2, 5, 10, 25);
    static final double MAX_RADIUS_KM = 100;

    private final DirectorySearches searches;
    private final SocialMap socialMap;
    private final NetworkAreas networkAreas;
    private final Areas areas;
    private final PostalCodePlaces postalCodes;

    DirectorySearchScreen(DirectorySearches searches, SocialMap socialMap, Optional<NetworkAreas> networkAreas, Areas areas,
            PostalCodePlaces postalCodes) {
        this.searches = searches;
        this.socialMap = socialMap;
        this.networkAreas = networkAreas.orElse(null);
        this.areas = areas;
        this.postalCodes = postalCodes;
    }

    /** Which directory: the staff search or the public one, with the addresses its links go to. */
    enum Audience {
        STAFF("/directory", "/directory/entries/"), PUBLIC("/public/directory", "/public/directory/");

        final String base;
        final String entryBase;

        Audience(String base, String entryBase) {
            this.base = base;
            this.entryBase = entryBase;
        }
    }

    /** One page of hits with everything around it. */
    SearchPage page(DirectorySearchForm form, Audience audience, CurrentUser user, Locale locale) {
        Context context = context(form, audience, user, locale);
        int page = pageNumber(form.page());
        SearchResult result = search(audience, user, context.query.page(page - 1, PAGE_SIZE));
        List<HitView> hits = result.hits().stream().map(hit -> hitView(hit, audience, context)).toList();
        return new SearchPage(audience == Audience.PUBLIC, form, audience.base, result.total(), page,
                Math.min(MAX_PAGE, result.pageCount()), hits, context.place, context.placeNotFound,
                options(form, result, audience, context), link(form, audience.base, "page", null, "view", null),
                link(form, audience.base, "page", null, "view", "map"),
                audience.base + "/map.json" + questionMark(form.queryString(without("page", "view"))),
                audience.base + "/results", pageLink(form, audience, page - 1, result),
                pageLink(form, audience, page + 1, result), result.tookMillis());
    }

    /** The markers for the map: the first {@value #MAP_SIZE} hits of the same query, one marker per location. */
    MapData map(DirectorySearchForm form, Audience audience, CurrentUser user, Locale locale) {
        Context context = context(form, audience, user, locale);
        SearchResult result = search(audience, user, context.query.page(0, MAP_SIZE));
        List<Marker> markers = new ArrayList<>();
        for (ServiceHit hit : result.hits()) {
            for (GeoPoint point : hit.points()) {
                markers.add(new Marker(hit.id().toString(), hit.name(), hit.organisationName(),
                        context.categoryName(hit.categoryCode()), audience.entryBase + hit.id(), point.latitude(),
                        point.longitude()));
            }
        }
        return new MapData(result.total(), result.hits().size(), result.total() > result.hits().size(), markers);
    }

    /**
     * An entry for the public directory: empty when the id is unknown, or the entry is not public or not active, so
     * the page answers 404 and never shows that such an entry exists.
     */
    Optional<PublicEntry> publicEntry(ServiceId id, Locale locale) {
        return searches.publicEntry(id).map(view -> publicEntry(view, locale));
    }

    /** Whether the person searches the staff side; anyone else is sent to the public directory. */
    boolean searchesAsStaff(CurrentUser user) {
        return searches.searchesAsStaff(user);
    }

    /** The public directory searches public, active entries only; the staff search is for staff roles only. */
    private SearchResult search(Audience audience, CurrentUser user, SearchQuery query) {
        return audience == Audience.PUBLIC ? searches.publicSearch(query) : searches.staffSearch(user, query);
    }

    private PublicEntry publicEntry(ServiceView view, Locale locale) {
        ServiceDetails details = view.details();
        Map<String, String> names = new java.util.HashMap<>();
        socialMap.terms(Vocabulary.CATEGORY).forEach(term -> names.put(term.code(), term.name(locale)));
        socialMap.terms(Vocabulary.TARGET_GROUP).forEach(term -> names.put(term.code(), term.name(locale)));
        List<String> groups = socialMap.terms(Vocabulary.TARGET_GROUP).stream()
                .filter(term -> details.targetGroups().contains(term.code())).map(term -> term.name(locale)).toList();
        List<String> languages = details.languages().stream()
                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale)).sorted().toList();
        List<String> neighbourhoods = areas.neighbourhoods(details.neighbourhoods()).stream()
                .map(n -> n.name() + " (" + n.municipalityName() + ")").sorted().toList();
        List<PublicEntry.Place> places = view.locations().stream()
                .map(l -> new PublicEntry.Place(l.name(), l.address(), l.postalCode(), l.city(), l.wheelchairAccessible(),
                        l.accessibility(), l.latitude(), l.longitude()))
                .toList();
        List<PublicEntry.Hours> hours = details.hours().stream()
                .map(h -> new PublicEntry.Hours(h.day(), h.opensAt(), h.closesAt())).toList();
        Organisation organisation = view.organisation();
        return new PublicEntry(view.id().toString(), details.kind(), details.name(), details.description(),
                names.getOrDefault(details.categoryCode(), details.categoryCode()), groups, details.eligibility(),
                details.access(), details.referralBy(), details.costs(), languages, details.phone(), details.email(),
                details.website(), details.waitingDays(), hours, places, neighbourhoods,
                organisation == null ? null : organisation.name(), organisation == null ? null : organisation.website(),
                organisation == null ? null : organisation.phone());
    }

    /** The staff filter on networks offers those of the person's regions only ({@link NetworkAreas#networksVisibleTo}). */
    private Context context(DirectorySearchForm form, Audience audience, CurrentUser user, Locale locale) {
        List<TaxonomyTerm> categories = socialMap.terms(Vocabulary.CATEGORY);
        List<TaxonomyTerm> targetGroups = socialMap.terms(Vocabulary.TARGET_GROUP);
        Set<String> categoryCodes = categories.stream().map(TaxonomyTerm::code).collect(Collectors.toSet());
        Set<String> groupCodes = targetGroups.stream().map(TaxonomyTerm::code).collect(Collectors.toSet());
        List<NetworkArea> allNetworks = networkAreas == null ? List.of() : networkAreas.networks();
        List<NetworkArea> networks = audience == Audience.PUBLIC || user == null || networkAreas == null ? List.of()
                : networkAreas.networksVisibleTo(user);
        List<Neighbourhood> neighbourhoods = neighbourhoods(allNetworks);

        Set<NeighbourhoodCode> chosenNeighbourhoods = null;
        Set<NeighbourhoodCode> typed = form.neighbourhood().stream().filter(NeighbourhoodCode::isValid)
                .map(NeighbourhoodCode::new).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!typed.isEmpty()) {
            chosenNeighbourhoods = typed;
        }
        Optional<NetworkArea> network = networks.stream().filter(area -> area.id().toString().equals(form.network()))
                .findFirst();
        if (network.isPresent()) {
            Set<NeighbourhoodCode> served = new LinkedHashSet<>(network.get().neighbourhoods());
            if (chosenNeighbourhoods != null) {
                served.retainAll(chosenNeighbourhoods);
            }
            chosenNeighbourhoods = served;
        }

        Place place = place(form, neighbourhoods);
        boolean placeNotFound = place == null && form.near() != null && !form.near().isBlank()
                && !form.usesMyLocation();
        Double radius = place == null ? null : radius(form.radius());
        SortOrder sort = sort(form.sort());

        SearchQuery query = new SearchQuery(form.q(),
                form.category().stream().filter(categoryCodes::contains).collect(Collectors.toSet()),
                form.group().stream().filter(groupCodes::contains).collect(Collectors.toSet()),
                form.kind().stream().map(DirectorySearchScreen::kind).filter(kind -> kind != null)
                        .collect(Collectors.toSet()),
                chosenNeighbourhoods, place == null ? null : place.point(), radius, DirectorySearchForm.on(form.open()),
                DirectorySearchForm.on(form.self()), DirectorySearchForm.on(form.nowait()), false, sort, 0, PAGE_SIZE);
        if (audience == Audience.PUBLIC) {
            query = query.asPublic();
        }
        return new Context(query, categories, targetGroups, networks, neighbourhoods, place, placeNotFound, locale);
    }

    /** The neighbourhoods one can choose: those of the municipalities the networks work in (the region's). */
    private List<Neighbourhood> neighbourhoods(List<NetworkArea> networks) {
        Set<MunicipalityCode> municipalities = new LinkedHashSet<>();
        networks.forEach(area -> area.neighbourhoods().forEach(code -> municipalities.add(code.municipality())));
        if (municipalities.isEmpty()) {
            List<Municipality> known = areas.municipalities();
            if (known.size() <= 20) {
                known.forEach(municipality -> municipalities.add(municipality.code()));
            }
        }
        return municipalities.isEmpty() ? List.of() : areas.neighbourhoodsIn(municipalities);
    }

    /** "My location" first, then a postal code, a neighbourhood code or a neighbourhood's name. */
    private Place place(DirectorySearchForm form, List<Neighbourhood> neighbourhoods) {
        if (form.usesMyLocation()) {
            Double latitude = number(form.lat());
            Double longitude = number(form.lon());
            if (latitude != null && longitude != null) {
                try {
                    return new Place(new GeoPoint(latitude, longitude), null, true);
                } catch (DomainException e) {
                    return null;
                }
            }
            return null;
        }
        String near = form.near();
        if (near == null || near.isBlank()) {
            return null;
        }
        near = near.strip();
        if (PostalCodePlaces.looksLikePostalCode(near)) {
            return postalCodes.centreOf(near).map(point -> new Place(point, null, false)).orElse(null);
        }
        Optional<Neighbourhood> neighbourhood = Optional.empty();
        if (NeighbourhoodCode.isValid(near)) {
            neighbourhood = areas.neighbourhood(new NeighbourhoodCode(near));
        } else {
            String name = near.toLowerCase(Locale.ROOT);
            neighbourhood = neighbourhoods.stream().filter(n -> n.name().toLowerCase(Locale.ROOT).equals(name))
                    .findFirst();
        }
        return neighbourhood.filter(n -> n.latitude() != null && n.longitude() != null)
                .map(n -> new Place(new GeoPoint(n.latitude(), n.longitude()), n.name(), false)).orElse(null);
    }

    private static Double radius(String text) {
        Double radius = number(text);
        return radius == null || radius <= 0 || radius > MAX_RADIUS_KM ? null : radius;
    }

    private static Double number(String text) {
        if (text == null || text.isBlank() || text.length() > 30) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The chosen order, or null for the default: nearest first when a place is given, else best match. */
    private static SortOrder sort(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return SortOrder.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static EntryKind kind(String text) {
        try {
            return EntryKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static int pageNumber(String text) {
        if (text == null || text.isBlank() || text.length() > 9) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private HitView hitView(ServiceHit hit, Audience audience, Context context) {
        return new HitView(hit, audience.entryBase + hit.id(), context.categoryName(hit.categoryCode()),
                hit.distanceKm() == null ? null : new NumberFormats(context.locale).decimal(hit.distanceKm(), 1));
    }

    private Options options(DirectorySearchForm form, SearchResult result, Audience audience, Context context) {
        List<CategoryGroup> groups = new ArrayList<>();
        Map<String, List<TaxonomyTerm>> children = new LinkedHashMap<>();
        for (TaxonomyTerm term : context.categories) {
            if (term.parentCode() != null) {
                children.computeIfAbsent(term.parentCode(), code -> new ArrayList<>()).add(term);
            }
        }
        for (TaxonomyTerm top : context.categories) {
            if (top.parentCode() != null) {
                continue;
            }
            List<Option> subs = children.getOrDefault(top.code(), List.of()).stream()
                    .map(term -> option(term, result.categoryCounts(), form, "category", context.locale)).toList();
            long total = result.categoryCounts().getOrDefault(top.code(), 0L)
                    + subs.stream().mapToLong(Option::count).sum();
            groups.add(new CategoryGroup(new Option(top.code(), top.name(context.locale), total,
                    form.chose("category", top.code())), subs));
        }
        List<Option> targetGroups = context.targetGroups.stream()
                .map(term -> option(term, result.targetGroupCounts(), form, "group", context.locale)).toList();
        List<Option> kinds = new ArrayList<>();
        for (EntryKind kind : EntryKind.values()) {
            kinds.add(new Option(kind.name(), "directory.kind." + kind.name(), result.kindCounts().getOrDefault(kind, 0L),
                    form.kind().stream().anyMatch(value -> kind.name().equalsIgnoreCase(value))));
        }
        List<Option> networks = context.networks.stream()
                .map(area -> new Option(area.id().toString(), area.name(), 0, area.id().toString().equals(form.network())))
                .toList();
        Map<String, List<Option>> byMunicipality = new TreeMap<>();
        for (Neighbourhood neighbourhood : context.neighbourhoods) {
            byMunicipality.computeIfAbsent(neighbourhood.municipalityName(), name -> new ArrayList<>())
                    .add(new Option(neighbourhood.code().value(), neighbourhood.name(), 0,
                            form.chose("neighbourhood", neighbourhood.code().value())));
        }
        List<NeighbourhoodGroup> neighbourhoods = byMunicipality.entrySet().stream()
                .map(entry -> new NeighbourhoodGroup(entry.getKey(), entry.getValue())).toList();
        String radius = form.radius() == null ? "" : form.radius().strip();
        List<Option> radii = RADII.stream()
                .map(km -> new Option(km.toString(), km.toString(), 0, km.toString().equals(radius))).toList();
        SortOrder sort = sort(form.sort());
        List<Option> sorts = new java.util.ArrayList<>();
        sorts.add(new Option("", "directory.search.sort.auto", 0, sort == null));
        List.of(SortOrder.values()).forEach(order -> sorts.add(new Option(order.name().toLowerCase(Locale.ROOT),
                "directory.search.sort." + order.name().toLowerCase(Locale.ROOT), 0, order == sort)));
        return new Options(groups, targetGroups, kinds, audience == Audience.STAFF ? networks : List.of(),
                neighbourhoods, radii, sorts, result.selfReferralCount(), result.noWaitingTimeCount());
    }

    private static Option option(TaxonomyTerm term, Map<String, Long> counts, DirectorySearchForm form, String list,
            Locale locale) {
        return new Option(term.code(), term.name(locale), counts.getOrDefault(term.code(), 0L),
                form.chose(list, term.code()));
    }

    private static String link(DirectorySearchForm form, String base, String k1, String v1, String k2, String v2) {
        Map<String, String> overrides = new java.util.HashMap<>();
        overrides.put(k1, v1);
        overrides.put(k2, v2);
        return base + questionMark(form.queryString(overrides));
    }

    private static String pageLink(DirectorySearchForm form, Audience audience, int page, SearchResult result) {
        if (page < 1 || page > Math.min(MAX_PAGE, result.pageCount())) {
            return null;
        }
        return audience.base + questionMark(form.queryString(Collections.singletonMap("page", String.valueOf(page))));
    }

    private static Map<String, String> without(String... names) {
        Map<String, String> overrides = new java.util.HashMap<>();
        for (String name : names) {
            overrides.put(name, null);
        }
        return overrides;
    }

    private static String questionMark(String query) {
        return query.isEmpty() ? "" : "?" + query;
    }

    private record Context(SearchQuery query, List<TaxonomyTerm> categories, List<TaxonomyTerm> targetGroups,
            List<NetworkArea> networks, List<Neighbourhood> neighbourhoods, Place place, boolean placeNotFound,
            Locale locale) {

        String categoryName(String code) {
            return categories.stream().filter(term -> term.code().equals(code)).findFirst()
                    .map(term -> term.name(locale)).orElse(code);
        }
    }

    /** The centre of a distance search: a point, the neighbourhood's name when it was one, or "my location". */
    record Place(GeoPoint point, String neighbourhoodName, boolean myLocation) {
    }

    /** A hit as the list shows it. */
    record HitView(ServiceHit hit, String url, String categoryName, String distance) {

        /** For the badges: may one sign up oneself, or is a referral needed. */
        public boolean selfReferral() {
            return hit.access() == Referral.SELF_REFERRAL;
        }

        public boolean referralNeeded() {
            return hit.access() == Referral.REFERRAL;
        }
    }

    /** A choice in a filter: its value, its label (a message key for kinds and sorts), its facet count. */
    record Option(String value, String label, long count, boolean selected) {
    }

    record CategoryGroup(Option top, List<Option> children) {
    }

    record NeighbourhoodGroup(String municipality, List<Option> neighbourhoods) {
    }

    record Options(List<CategoryGroup> categories, List<Option> targetGroups, List<Option> kinds, List<Option> networks,
            List<NeighbourhoodGroup> neighbourhoods, List<Option> radii, List<Option> sorts, long selfReferralCount,
            long noWaitingTimeCount) {
    }

    /** What the search page shows. */
    record SearchPage(boolean publicDirectory, DirectorySearchForm form, String action, long total, int page,
            int pageCount, List<HitView> hits, Place place, boolean placeNotFound, Options options, String listUrl,
            String mapUrl, String mapDataUrl, String resultsUrl, String previousUrl, String nextUrl, long tookMillis) {

        /** The number of the first hit on this page, for the ordered list. */
        public int firstNumber() {
            return (page - 1) * PAGE_SIZE + 1;
        }
    }

    /** What the map draws. */
    record MapData(long total, int shown, boolean truncated, List<Marker> markers) {
    }

    record Marker(String id, String name, String organisation, String category, String url, double lat, double lon) {
    }
}
