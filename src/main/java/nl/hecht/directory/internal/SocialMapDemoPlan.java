package nl.hecht.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.hecht.area.Neighbourhood;
import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.WeeklyHours;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The sociale kaart of the fictional Regio Voorbeeld, computed from the demo geography alone:
 * about 300 services of care and social-domain organisations, some 40 entries of the sociale basis (residents'
 * initiatives, associations, day activities, meal services, volunteers and buddies, experts by experience, key
 * figures such as a church and a playground association, also in the small villages of Maasheuvel; R071–R073, R210,
 * R259) each with its trekker, hours, place, contact and target groups, and the access points (R245–R247): a
 * Wmo-loket per municipality, a sociaal wijkteam per district and an informatiepunt per district, all information
 * points on one phone number.
 * <p>
 * Deterministic: one seeded {@link Random} drawn in a fixed order over the neighbourhoods sorted by code, and ids
 * derived from stable keys ({@code demo-…} external ids), so every run, on every database, plans the same rows.
 * Locations are random points inside their neighbourhood's outline, with that neighbourhood's code. All
 * organisations, people, addresses and numbers are made up.
 * <p>
 * The data tables (organisations, providers and their offers, initiatives, names, streets and languages to draw
 * from) are in {@code directory/demo/social-map-plan.json}; this class reads them and draws the plan.
 */
final class SocialMapDemoPlan {

    /** External ids of demo entries and locations start with this. */
    static final String PREFIX = "demo-";
    /** The one phone number of the information points and Wmo counters (R246). */
    static final String ONE_NUMBER = "14 0990";

    private static final long SEED = 20_261_124L;
    private static final String SAFE_LETTERS = "ABCEGHJKLMNPRTVXZ";

    /** A location of an organisation, with its stable key (its external id). */
    record PlannedLocation(String key, String organisation, LocationDetails details) {

        UUID id() {
            return uuid("location:" + key);
        }
    }

    /** An entry, with its stable key (its external id) and, when due for verification, how long ago it was verified. */
    record PlannedEntry(String key, String organisation, ServiceDetails details, int verifiedMonthsAgo) {

        UUID id() {
            return uuid("service:" + key);
        }
    }

    /** Hours presets. */
    private enum Hours {
        OFFICE, GP, PHARMACY, AROUND_THE_CLOCK, COMMUNITY_CENTRE, MORNINGS, AFTERNOON, EVENING, CONSULTATION, NONE
    }

    /**
     * What an organisation offers at each of its locations. {@code {place}} in the name is the district or village,
     * {@code {org}} the organisation.
     */
    private record Offer(String category, String name, String description, List<String> targetGroups, Referral access,
            String referralBy, String costs, Hours hours, Integer[] waiting) {
    }

    /**
     * An organisation of the demo: type, the districts (codes without prefix) it has a location in, whether its
     * offers serve the whole district, and its offers.
     */
    private record Provider(String name, OrganisationType type, List<String> districts, boolean districtWide,
            List<Offer> offers) {
    }

    /** An entry of the sociale basis: owner (null: its own association), trekker, place, hours, for whom. */
    private record Initiative(String name, String owner, String category, String neighbourhood, String description,
            List<String> targetGroups, String costs, List<WeeklyHours> hours, boolean wholeVillage) {
    }

    private static final List<String> ALL = List.of("01", "02", "03", "04", "05", "06", "11", "12", "13", "14");

    /** The data tables of the plan: organisations, offers, initiatives and the names to draw from. */
    private static final Tables TABLES = Tables.load("/directory/demo/social-map-plan.json");

    /** New organisations of the demo sociale kaart (the register's demo organisations are in DirectoryDemoData). */
    static final List<NewOrganisation> ORGANISATIONS = TABLES.organisations();

    private static final List<Provider> PROVIDERS = TABLES.providers();
    private static final List<Initiative> INITIATIVES = TABLES.initiatives();
    private static final String[] FIRST = TABLES.firstNames();
    private static final String[] LAST = TABLES.lastNames();
    private static final String[] STREETS = TABLES.streets();
    private static final String[] LANGUAGES = TABLES.languages();

    private final Random random = new Random(SEED);
    private final GeometryFactory factory = new GeometryFactory();
    private final Map<String, List<Neighbourhood>> byDistrict = new LinkedHashMap<>();
    private final Map<String, Neighbourhood> byCode = new LinkedHashMap<>();
    private final Map<String, Geometry> outlines;
    private final Map<String, NewOrganisation> organisationDetails = new LinkedHashMap<>();
    private final List<PlannedLocation> locations = new ArrayList<>();
    private final List<PlannedEntry> entries = new ArrayList<>();
    private final Set<String> keys = new TreeSet<>();

    private SocialMapDemoPlan(List<Neighbourhood> neighbourhoods, Map<String, Geometry> outlines) {
        this.outlines = outlines;
        neighbourhoods.stream().sorted(Comparator.comparing(n -> n.code().value())).forEach(n -> {
            byDistrict.computeIfAbsent(shortDistrict(n.code()), key -> new ArrayList<>()).add(n);
            byCode.put(n.code().value(), n);
        });
    }

    /**
     * The plan over the demo neighbourhoods (of GM9901 and GM9902) with their outlines (WGS84, x = longitude);
     * a neighbourhood without an outline gets its representative point.
     */
    static SocialMapDemoPlan plan(List<Neighbourhood> neighbourhoods, Map<String, Geometry> outlines) {
        SocialMapDemoPlan plan = new SocialMapDemoPlan(neighbourhoods, outlines);
        plan.build();
        return plan;
    }

    /** Whether the neighbourhoods hold the demo geography this plan is written for. */
    static boolean fits(List<Neighbourhood> neighbourhoods) {
        Set<String> codes = new TreeSet<>();
        neighbourhoods.forEach(n -> codes.add(n.code().value()));
        return codes.size() >= 60 && INITIATIVES.stream().allMatch(i -> codes.contains(i.neighbourhood()))
                && ALL.stream().allMatch(d -> codes.stream().anyMatch(c -> shortDistrict(new NeighbourhoodCode(c)).equals(d)));
    }

    List<NewOrganisation> organisations() {
        return ORGANISATIONS;
    }

    /** Initiatives' own associations, to register as COMMUNITY organisations. */
    List<NewOrganisation> associations() {
        return List.copyOf(organisationDetails.values());
    }

    List<PlannedLocation> locations() {
        return locations;
    }

    List<PlannedEntry> entries() {
        return entries;
    }

    private void build() {
        for (Provider provider : PROVIDERS) {
            for (String district : provider.districts()) {
                PlannedLocation location = location(provider.name(), district, null);
                for (int i = 0; i < provider.offers().size(); i++) {
                    Offer offer = provider.offers().get(i);
                    String place = provider.name().startsWith("Gemeente ") ? provider.name().substring(9)
                            : placeName(district);
                    String name = offer.name().replace("{place}", place).replace("{org}", provider.name());
                    boolean wide = provider.districtWide() || random.nextInt(10) < 4;
                    Set<NeighbourhoodCode> served = served(location, district, wide,
                            provider.type() == OrganisationType.MUNICIPALITY);
                    Integer waiting = offer.waiting()[random.nextInt(offer.waiting().length)];
                    boolean isPublic = random.nextInt(100) < 62;
                    Set<String> languages = languages();
                    ServiceDetails details = new ServiceDetails(EntryKind.SERVICE, name, offer.description(),
                            offer.category(), Set.copyOf(offer.targetGroups()), eligibility(offer), offer.access(),
                            offer.referralBy(), offer.costs(), languages, phone(), email(provider.name()),
                            website(provider.name()), null, null, waiting, served, hours(offer.hours()),
                            Set.of(new LocationId(location.id())), isPublic, true);
                    add("svc-" + slug(provider.name()) + "-" + district + "-" + (i + 1), provider.name(), details);
                }
            }
        }
        accessPoints();
        for (Initiative initiative : INITIATIVES) {
            initiative(initiative);
        }
    }

    private void accessPoints() {
        wmoLoket("Gemeente Voorbeeldstad", "01", "Voorbeeldstad");
        wmoLoket("Gemeente Maasheuvel", "11", "Maasheuvel");
        for (String district : ALL) {
            String team = district.startsWith("0") ? "Buurtteam Voorbeeld" : "Sociaal Wijkteam Dorpen";
            PlannedLocation office = location(team, district, null);
            String place = placeName(district);
            add("ap-wijkteam-" + district, team, new ServiceDetails(EntryKind.ACCESS_POINT,
                    "Sociaal wijkteam " + place,
                    "Het sociaal wijkteam van " + place + " is de toegang tot hulp en ondersteuning: vragen over zorg, "
                            + "geld, opvoeden, wonen en meedoen. Het team kijkt met u wat nodig is en regelt de toegang "
                            + "tot Wmo- en jeugdhulp.",
                    "sociaal-wijkteam", Set.of("iedereen"), null, Referral.SELF_REFERRAL, null, "Gratis", Set.of("nl", "en"),
                    phone(), email(team), website(team), null, null, 0, served(office, district, true, false),
                    hours(Hours.OFFICE), Set.of(new LocationId(office.id())), true, true));
            PlannedLocation point = location("Welzijn Voorbeeld", district, null);
            add("ap-informatiepunt-" + district, "Welzijn Voorbeeld", new ServiceDetails(EntryKind.ACCESS_POINT,
                    "Informatiepunt " + place,
                    "Eén plek en één telefoonnummer voor alle vragen over zorg en welzijn in " + place + " ("
                            + ONE_NUMBER + "). De gastvrouwen en -heren helpen u direct verder of brengen u in "
                            + "contact met de juiste hulp.",
                    "informatiepunt", Set.of("iedereen"), null, Referral.SELF_REFERRAL, null, "Gratis", Set.of("nl"),
                    ONE_NUMBER, "informatiepunt@welzijn-voorbeeld.invalid", "https://www.welzijn-voorbeeld.invalid",
                    null, null, 0, served(point, district, true, false), hours(Hours.COMMUNITY_CENTRE),
                    Set.of(new LocationId(point.id())), true, true));
        }
    }

    private void wmoLoket(String municipality, String district, String name) {
        PlannedLocation hall = location(municipality, district, district.equals("01") ? "Stadhuis" : "Gemeentehuis");
        add("ap-wmo-" + slug(name), municipality, new ServiceDetails(EntryKind.ACCESS_POINT, "Wmo-loket " + name,
                "Het Wmo-loket van de gemeente " + name + ": hulp bij het huishouden, hulpmiddelen, woningaanpassing, "
                        + "dagbesteding en vervoer. Bel " + ONE_NUMBER + " of kom langs; een consulent komt voor het "
                        + "keukentafelgesprek bij u thuis.",
                "wmo-loket", Set.of("iedereen", "ouderen", "beperking"), null, Referral.SELF_REFERRAL, null,
                "Gratis; voor maatwerkvoorzieningen geldt een eigen bijdrage", Set.of("nl", "en"), ONE_NUMBER,
                email(municipality), website(municipality), null, null, 0, served(hall, district, true, true),
                hours(Hours.OFFICE), Set.of(new LocationId(hall.id())), true, true));
    }

    private void initiative(Initiative initiative) {
        String owner = initiative.owner() == null ? initiative.name().split(":")[0].strip() : initiative.owner();
        if (initiative.owner() == null) {
            organisationDetails.put(owner, new NewOrganisation(owner, OrganisationType.COMMUNITY, null, null, null,
                    initiative.description().length() > 200 ? null : initiative.description(), null,
                    email(owner), null));
        }
        Neighbourhood neighbourhood = byCode.get(initiative.neighbourhood());
        PlannedLocation location = locationIn(owner, neighbourhood, null);
        String district = shortDistrict(neighbourhood.code());
        String trekker = person();
        Set<NeighbourhoodCode> served = served(location, district, initiative.wholeVillage(), false);
        boolean isPublic = random.nextInt(100) < 92;
        add("ini-" + slug(initiative.name()), owner, new ServiceDetails(EntryKind.INITIATIVE, initiative.name(),
                initiative.description(), initiative.category(), Set.copyOf(initiative.targetGroups()), null,
                Referral.SELF_REFERRAL, null, initiative.costs(), Set.of("nl"), null, email(owner), null, trekker,
                trekker, random.nextBoolean() ? 0 : null, served, initiative.hours(),
                Set.of(new LocationId(location.id())), isPublic, true));
    }

    private void add(String key, String organisation, ServiceDetails details) {
        if (!keys.add(key)) {
            throw new IllegalStateException("duplicate demo key " + key);
        }
        int monthsAgo = random.nextInt(100) < 12 ? 13 + random.nextInt(14) : 0;
        entries.add(new PlannedEntry(PREFIX + key, organisation, details, monthsAgo));
    }

    /** A location of the organisation in a neighbourhood of the district (one per organisation and district). */
    private PlannedLocation location(String organisation, String district, String name) {
        String key = PREFIX + "loc-" + slug(organisation) + "-" + district;
        for (PlannedLocation existing : locations) {
            if (existing.key().equals(key)) {
                return existing;
            }
        }
        List<Neighbourhood> candidates = byDistrict.get(district);
        Neighbourhood neighbourhood = candidates.get(random.nextInt(candidates.size()));
        return locationIn(organisation, neighbourhood, name, key);
    }

    private PlannedLocation locationIn(String organisation, Neighbourhood neighbourhood, String name) {
        String key = PREFIX + "loc-" + slug(organisation) + "-" + neighbourhood.code().value().substring(4);
        for (PlannedLocation existing : locations) {
            if (existing.key().equals(key)) {
                return existing;
            }
        }
        return locationIn(organisation, neighbourhood, name, key);
    }

    private PlannedLocation locationIn(String organisation, Neighbourhood neighbourhood, String name, String key) {
        double[] point = pointIn(neighbourhood);
        String district = shortDistrict(neighbourhood.code());
        String postalCode = "99" + district + " " + SAFE_LETTERS.charAt(random.nextInt(SAFE_LETTERS.length()))
                + SAFE_LETTERS.charAt(random.nextInt(SAFE_LETTERS.length()));
        String address = STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(180));
        String city = district.startsWith("0") ? neighbourhood.municipalityName() : neighbourhood.districtName();
        String locationName = (name == null ? organisation : name) + ", " + neighbourhood.name();
        if (locationName.length() > 200) {
            locationName = locationName.substring(0, 200);
        }
        boolean wheelchair = random.nextInt(10) < 8;
        PlannedLocation location = new PlannedLocation(key, organisation, new LocationDetails(locationName, address,
                postalCode, city, neighbourhood.code(), point[1], point[0], wheelchair,
                wheelchair ? "Drempelvrij, met invalidentoilet" : "Twee treden bij de ingang"));
        locations.add(location);
        return location;
    }

    /** A random point (longitude, latitude) inside the neighbourhood's outline, rounded to about 1 m. */
    private double[] pointIn(Neighbourhood neighbourhood) {
        Geometry outline = outlines.get(neighbourhood.code().value());
        if (outline != null && !outline.isEmpty()) {
            Envelope envelope = outline.getEnvelopeInternal();
            for (int attempt = 0; attempt < 200; attempt++) {
                double x = round(envelope.getMinX() + random.nextDouble() * envelope.getWidth());
                double y = round(envelope.getMinY() + random.nextDouble() * envelope.getHeight());
                Point point = factory.createPoint(new Coordinate(x, y));
                if (outline.contains(point)) {
                    return new double[] { x, y };
                }
            }
            Point interior = outline.getInteriorPoint();
            return new double[] { interior.getX(), interior.getY() };
        }
        return new double[] { neighbourhood.longitude(), neighbourhood.latitude() };
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000d) / 100_000d;
    }

    private Set<NeighbourhoodCode> served(PlannedLocation location, String district, boolean wholeDistrict,
            boolean wholeMunicipality) {
        Set<NeighbourhoodCode> served = new LinkedHashSet<>();
        served.add(location.details().neighbourhood());
        if (wholeMunicipality) {
            String prefix = district.startsWith("0") ? "0" : "1";
            byDistrict.forEach((code, list) -> {
                if (code.startsWith(prefix)) {
                    list.forEach(n -> served.add(n.code()));
                }
            });
        } else if (wholeDistrict) {
            byDistrict.get(district).forEach(n -> served.add(n.code()));
        }
        return served;
    }

    private List<WeeklyHours> hours(Hours preset) {
        List<WeeklyHours> hours = new ArrayList<>();
        switch (preset) {
            case OFFICE -> workdays(hours, 9, 0, 17, 0);
            case GP -> workdays(hours, 8, 0, 17, 0);
            case PHARMACY -> {
                workdays(hours, 8, 30, 17, 30);
                hours.add(week(DayOfWeek.SATURDAY, 10, 0, 13, 0));
            }
            case AROUND_THE_CLOCK -> {
                for (DayOfWeek day : DayOfWeek.values()) {
                    hours.add(new WeeklyHours(day, LocalTime.MIN, LocalTime.of(23, 59)));
                }
            }
            case COMMUNITY_CENTRE -> {
                workdays(hours, 9, 0, 17, 0);
                hours.add(week(DayOfWeek.TUESDAY, 19, 0, 22, 0));
                hours.add(week(DayOfWeek.THURSDAY, 19, 0, 22, 0));
            }
            case MORNINGS -> {
                DayOfWeek first = DayOfWeek.of(1 + random.nextInt(3));
                hours.add(week(first, 9, 30, 12, 0));
                hours.add(week(first.plus(2), 9, 30, 12, 0));
            }
            case AFTERNOON -> hours.add(week(DayOfWeek.of(1 + random.nextInt(5)), 13, 30, 16, 30));
            case EVENING -> hours.add(week(DayOfWeek.of(1 + random.nextInt(4)), 19, 0, 21, 0));
            case CONSULTATION -> {
                DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
                hours.add(week(day, 9, 0, 12, 0));
                if (random.nextBoolean()) {
                    hours.add(week(day.plus(2).getValue() > 5 ? DayOfWeek.MONDAY : day.plus(2), 13, 0, 16, 0));
                }
            }
            case NONE -> {
            }
        }
        return hours;
    }

    private static void workdays(List<WeeklyHours> hours, int fromHour, int fromMinute, int toHour, int toMinute) {
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.add(week(day, fromHour, fromMinute, toHour, toMinute));
        }
    }

    private Set<String> languages() {
        Set<String> languages = new TreeSet<>(Set.of("nl"));
        if (random.nextInt(10) < 4) {
            languages.add("en");
        }
        if (random.nextInt(10) < 2) {
            languages.add(LANGUAGES[1 + random.nextInt(LANGUAGES.length - 1)]);
        }
        return languages;
    }

    private static String eligibility(Offer offer) {
        return offer.access() == Referral.REFERRAL ? "Met een verwijzing van " + offer.referralBy() + "." : null;
    }

    private String phone() {
        return String.format(Locale.ROOT, "088 99%d %04d", random.nextInt(10), random.nextInt(10_000));
    }

    private String person() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private static String email(String organisation) {
        return "info@" + slug(organisation) + ".voorbeeld.invalid";
    }

    private static String website(String organisation) {
        return "https://www." + slug(organisation) + ".voorbeeld.invalid";
    }

    private String placeName(String district) {
        return byDistrict.get(district).get(0).districtName();
    }

    /** "01".."06" for the districts of Voorbeeldstad, "11".."14" for the villages of Maasheuvel. */
    static String shortDistrict(NeighbourhoodCode code) {
        String value = code.value();
        return (value.charAt(5) == '1' ? "0" : "1") + value.charAt(7);
    }

    static String slug(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(("hecht-demo-sociale-kaart:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static WeeklyHours week(DayOfWeek day, int fromHour, int fromMinute, int toHour, int toMinute) {
        return new WeeklyHours(day, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
    }

    /** The tables as read from the resource file (one JSON object, see {@link #load(String)}). */
    private record Tables(List<NewOrganisation> organisations, List<Provider> providers, List<Initiative> initiatives,
            String[] firstNames, String[] lastNames, String[] streets, String[] languages) {

        /**
         * Reads {@code organisations} (name, type, description), {@code offerSets} (offers shared by several
         * providers, by name), {@code providers} (with their own {@code offers} or an {@code offerSet}),
         * {@code initiatives} (hours as {@code "THURSDAY 17:30-19:30"}) and the name lists.
         */
        static Tables load(String resource) {
            JsonNode root;
            try (InputStream in = SocialMapDemoPlan.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + resource);
                }
                root = JsonMapper.builder().build().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<NewOrganisation> organisations = new ArrayList<>();
            for (JsonNode o : root.path("organisations")) {
                String name = o.path("name").asString();
                organisations.add(new NewOrganisation(name, OrganisationType.valueOf(o.path("type").asString()), null,
                        null, null, o.path("description").asString(), website(name), email(name), null));
            }
            Map<String, List<Offer>> offerSets = new LinkedHashMap<>();
            root.path("offerSets").properties().forEach(set -> offerSets.put(set.getKey(), offers(set.getValue())));
            List<Provider> providers = new ArrayList<>();
            for (JsonNode p : root.path("providers")) {
                List<Offer> offers = p.has("offerSet") ? offerSets.get(p.path("offerSet").asString())
                        : offers(p.path("offers"));
                providers.add(new Provider(p.path("name").asString(),
                        OrganisationType.valueOf(p.path("type").asString()), strings(p.path("districts")),
                        p.path("districtWide").asBoolean(), offers));
            }
            List<Initiative> initiatives = new ArrayList<>();
            for (JsonNode i : root.path("initiatives")) {
                List<WeeklyHours> hours = new ArrayList<>();
                for (String period : strings(i.path("hours"))) {
                    String[] dayAndTimes = period.split(" ");
                    String[] times = dayAndTimes[1].split("-");
                    hours.add(new WeeklyHours(DayOfWeek.valueOf(dayAndTimes[0]), LocalTime.parse(times[0]),
                            LocalTime.parse(times[1])));
                }
                initiatives.add(new Initiative(i.path("name").asString(), optional(i, "owner"),
                        i.path("category").asString(), i.path("neighbourhood").asString(),
                        i.path("description").asString(), strings(i.path("targetGroups")), i.path("costs").asString(),
                        List.copyOf(hours), i.path("wholeVillage").asBoolean()));
            }
            return new Tables(List.copyOf(organisations), List.copyOf(providers), List.copyOf(initiatives),
                    strings(root.path("firstNames")).toArray(String[]::new),
                    strings(root.path("lastNames")).toArray(String[]::new),
                    strings(root.path("streets")).toArray(String[]::new),
                    strings(root.path("languages")).toArray(String[]::new));
        }

        private static List<Offer> offers(JsonNode array) {
            List<Offer> offers = new ArrayList<>();
            for (JsonNode o : array) {
                List<Integer> waiting = new ArrayList<>();
                o.path("waiting").forEach(w -> waiting.add(w.isNull() ? null : w.asInt()));
                offers.add(new Offer(o.path("category").asString(), o.path("name").asString(),
                        o.path("description").asString(), strings(o.path("targetGroups")),
                        Referral.valueOf(o.path("access").asString()), optional(o, "referralBy"),
                        o.path("costs").asString(), Hours.valueOf(o.path("hours").asString()),
                        waiting.toArray(Integer[]::new)));
            }
            return List.copyOf(offers);
        }

        private static List<String> strings(JsonNode array) {
            List<String> values = new ArrayList<>();
            array.forEach(value -> values.add(value.asString()));
            return List.copyOf(values);
        }

        private static String optional(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asString();
        }
    }
}
