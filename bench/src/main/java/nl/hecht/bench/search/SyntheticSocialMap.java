package nl.hecht.bench.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A synthetic national sociale kaart for the search benchmark: deterministic (seeded), {@code services} entries of
 * {@code services / 10} organisations with one to three locations each, in 14,500 neighbourhoods of 345
 * municipalities spread over the Dutch bounding box (neighbourhoods cluster around their municipality's centre, so
 * a 5 km circle holds a realistic number of entries). Categories and target groups are the taxonomy's codes (read
 * from the database); names and descriptions are Dutch, with compounds ("schuldhulpverlening", "thuiszorg",
 * "maaltijdservice") the analyzer has to split and prefix-match. About 80% services, 15% initiatives, 5% access
 * points; 70% public; 97% active; waiting days null/0/3/7/14/30/60/90; opening hours for most.
 * <p>
 * Rows are produced in chunks as JDBC parameter arrays in the column order of Hecht's tables (see
 * {@link #SQL}), so that 200,000 services with their 2–3 million collection rows never sit in memory at once.
 */
final class SyntheticSocialMap {

    static final int MUNICIPALITIES = 345;
    static final int NEIGHBOURHOODS = 14_500;
    static final long SEED = 2026_11_24L;

    /** Insert statements by table, in the order rows must be written. */
    static final Map<String, String> SQL = Map.of(
            "organisation", "insert into directory_organisation (id, name, type, created_at, version) values (?, ?, ?, ?, 0)",
            "location", "insert into directory_location (id, organisation_id, name, address, postal_code, city, "
                    + "neighbourhood_code, latitude, longitude, wheelchair_accessible, version) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            "service", "insert into directory_service (id, organisation_id, kind, name, description, category_code, "
                    + "access, costs, organiser, waiting_days, public_entry, active, last_verified_on, created_at, "
                    + "updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            "target_group", "insert into directory_service_target_group (service_id, code) values (?, ?)",
            "language", "insert into directory_service_language (service_id, code) values (?, ?)",
            "neighbourhood", "insert into directory_service_neighbourhood (service_id, code) values (?, ?)",
            "service_location", "insert into directory_service_location (service_id, location_id) values (?, ?)",
            "schedule", "insert into directory_service_schedule (service_id, day_of_week, opens_at, closes_at) "
                    + "values (?, ?, ?, ?)");
    static final List<String> ORDER = List.of("organisation", "location", "service", "target_group", "language",
            "neighbourhood", "service_location", "schedule");

    /** A neighbourhood: code, centre, municipality index. */
    record Place(String code, double latitude, double longitude, int municipality) {
    }

    /** One chunk of rows, by table name. */
    record Chunk(Map<String, List<Object[]>> rows) {
    }

    private static final String[] PREFIX = { "Ooster", "Wester", "Noorder", "Zuider", "Groot-", "Klein-", "Hoog",
            "Laag", "Nieuw", "Oud", "Sint-", "", "", "" };
    private static final String[] STEM = { "wolde", "veen", "dam", "dijk", "hoven", "broek", "zande", "horst", "beek",
            "berg", "meer", "hout", "drecht", "sloot", "wijk", "rade", "lo", "haar", "gein", "mond", "kerk", "burg" };
    private static final String[] ROOT = { "Al", "Bre", "Dal", "Ede", "Gan", "Hel", "Kam", "Lin", "Mar", "Nij",
            "Oer", "Put", "Ros", "Sta", "Ter", "Uit", "Val", "Wer", "Zel", "Bor", "Haa", "Mep" };
    private static final String[] SURNAMES = { "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
            "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
            "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer" };
    private static final String[] STREETS = { "Kerkstraat", "Schoolstraat", "Molenweg", "Dorpsstraat", "Stationsweg",
            "Julianastraat", "Beatrixlaan", "Lindelaan", "Parkweg", "Marktplein", "Industrieweg", "Nieuwstraat" };
    private static final String[] ORG_TYPES = { "GP_PRACTICE", "PHARMACY", "HOME_CARE", "SOCIAL_TEAM", "WELFARE",
            "YOUTH_HEALTH", "MENTAL_HEALTH", "ALLIED_HEALTH", "ELDERLY_CARE", "COMMUNITY", "COMMUNITY", "OTHER" };
    private static final String[] ORG_NAMES = { "Huisartsenpraktijk %s", "Apotheek %s", "Thuiszorg %s",
            "Sociaal Wijkteam %s", "Stichting Welzijn %s", "JGZ %s", "GGZ %s", "Fysiotherapie %s", "Zorggroep %s",
            "Bewonersvereniging %s", "Stichting Samen %s", "Gemeente %s" };
    private static final String[] LANGUAGES = { "en", "tr", "ar", "pl", "de", "uk", "pap", "fy" };
    private static final Integer[] WAITING = { null, null, 0, 0, 0, 3, 7, 14, 30, 60, 90 };
    private static final String[] COSTS = { "Gratis", "Vergoed uit de basisverzekering", "Eigen bijdrage Wmo",
            "€ 2,50 per keer", "Aanvullende verzekering", null };

    /** Name stems by category code (the first word is what residents type); codes not here use a generic stem. */
    static final Map<String, String[]> STEMS = Map.ofEntries(
            Map.entry("huisartsenzorg", new String[] { "Huisartsenspreekuur", "Huisartsenpost", "Diabetesspreekuur", "Praktijkondersteuning" }),
            Map.entry("wijkverpleging", new String[] { "Wijkverpleging", "Thuiszorg", "Persoonlijke verzorging", "Nachtzorg", "Wondzorg" }),
            Map.entry("apotheek", new String[] { "Apotheek", "Medicatiebeoordeling", "Herhaalservice medicijnen" }),
            Map.entry("paramedische-zorg", new String[] { "Fysiotherapie", "Ergotherapie", "Logopedie", "Diëtist", "Oefentherapie" }),
            Map.entry("ggz", new String[] { "Basis-ggz", "Praktijkondersteuner ggz", "Inloop psychische klachten", "Crisisdienst" }),
            Map.entry("ouderenzorg", new String[] { "Dagbesteding ouderen", "Ouderenconsulent", "Geheugenspreekuur", "Ontmoetingscentrum dementie" }),
            Map.entry("jeugdgezondheidszorg", new String[] { "Consultatiebureau", "Jeugdarts", "Jeugdverpleegkundige" }),
            Map.entry("geboortezorg", new String[] { "Verloskundigenpraktijk", "Kraamzorg", "Zwangerschapscursus" }),
            Map.entry("mantelzorgondersteuning", new String[] { "Mantelzorgconsulent", "Respijtzorg", "Mantelzorgcafé" }),
            Map.entry("schuldhulpverlening", new String[] { "Schuldhulpverlening", "Schuldhulpmaatje", "Budgetcoach", "Formulierenhulp", "Thuisadministratie" }),
            Map.entry("maatschappelijk-werk", new String[] { "Maatschappelijk werk", "Gezinscoach", "Buurtteam" }),
            Map.entry("wmo-ondersteuning", new String[] { "Hulp bij het huishouden", "Hulpmiddelenuitleen", "Woningaanpassing", "Cliëntondersteuning" }),
            Map.entry("wonen", new String[] { "Woonconsulent", "Huurteam", "Wooncoach" }),
            Map.entry("werk-en-inkomen", new String[] { "Werkcoach", "Bijzondere bijstand", "Voedselbank", "Kledingbank" }),
            Map.entry("opvoeden", new String[] { "Opvoedondersteuning", "Jongerenwerk", "Opvoedspreekuur", "Gezinsondersteuning" }),
            Map.entry("juridisch-advies", new String[] { "Juridisch spreekuur", "Rechtswinkel", "Sociaal raadslieden" }),
            Map.entry("taal-en-digitaal", new String[] { "Taalhuis", "Taalcafé", "Digicafé", "Computerles" }),
            Map.entry("ontmoeting", new String[] { "Huis van de Wijk", "Buurthuis", "Wijkdagbesteding", "Koffieochtend", "Inloopochtend" }),
            Map.entry("maaltijden", new String[] { "Maaltijdservice", "Samen eten", "Wijkrestaurant", "Tafeltje-dek-je" }),
            Map.entry("vrijwilligers", new String[] { "Maatjesproject", "Vrijwilligerscentrale", "Klussendienst", "Boodschappenhulp" }),
            Map.entry("ervaringsdeskundigen", new String[] { "Herstelgroep", "Ervaringsdeskundigen", "Lotgenotengroep" }),
            Map.entry("bewonersinitiatief", new String[] { "Buurtmoestuin", "Repair Café", "Buurtpreventie", "Speelstraat" }),
            Map.entry("vereniging", new String[] { "Ouderenbond", "Harmonie", "Toneelvereniging", "Dorpsraad", "Volkstuinvereniging" }),
            Map.entry("sleutelfiguur", new String[] { "Kerk", "Moskee", "Speeltuinvereniging", "Buurtvader" }),
            Map.entry("bewegen", new String[] { "Beweeggroep", "Wandelgroep", "Buurtsportcoach", "Gymclub" }),
            Map.entry("wmo-loket", new String[] { "Wmo-loket" }),
            Map.entry("sociaal-wijkteam", new String[] { "Sociaal wijkteam" }),
            Map.entry("informatiepunt", new String[] { "Informatiepunt", "Zorgloket" }));

    private static final String[] SENTENCES = {
            "Voor inwoners van %s en omgeving.", "Aanmelden kan zonder verwijzing.",
            "Met een verwijzing van de huisarts of het wijkteam.", "Wij helpen bij schulden, geldzorgen en administratie.",
            "Ook voor ouderen die thuis wonen en hun mantelzorgers.", "Samen met vrijwilligers uit de buurt.",
            "Elke week een warme maaltijd en gezelligheid.", "Ondersteuning bij opvoeden en opgroeien.",
            "Hulp bij eenzaamheid en het vinden van contact in de wijk.", "Wij spreken ook Engels, Turks en Arabisch.",
            "Zorg en verpleging thuis, dag en nacht.", "Bewegen in de buitenlucht onder begeleiding.",
            "Advies over wonen, huur en woningaanpassing.", "Begeleiding naar werk en dagbesteding.",
            "Een luisterend oor bij psychische klachten.", "Hulp met formulieren, toeslagen en DigiD." };

    private final Random random = new Random(SEED);
    private final List<Place> places = new ArrayList<>(NEIGHBOURHOODS);
    private final List<String> municipalityNames = new ArrayList<>(MUNICIPALITIES);
    private final List<String> categories;
    private final List<String> targetGroups;
    private final int services;
    private final int organisations;
    private final OffsetDateTime created = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC);
    private final LocalDate verified = LocalDate.of(2026, 1, 5);
    /** Per organisation: its locations (id, neighbourhood index). */
    private final List<List<Object[]>> orgLocations = new ArrayList<>();
    private final List<UUID> orgIds = new ArrayList<>();
    private long locationCount;
    private long serviceCount;

    /*
     * Ids count up within a fixed first half per table: inserted in key order, H2's B-trees only grow at the end. With
     * random UUIDs every batch rewrites pages all over the tree (and the file grows by gigabytes).
     */
    private static final long ORGANISATION_IDS = 0x5EA7C4_0001_000000L;
    private static final long LOCATION_IDS = 0x5EA7C4_0002_000000L;
    private static final long SERVICE_IDS = 0x5EA7C4_0003_000000L;

    SyntheticSocialMap(int services, List<String> categories, List<String> targetGroups) {
        this.services = services;
        this.organisations = Math.max(1, services / 10);
        this.categories = List.copyOf(categories);
        this.targetGroups = List.copyOf(targetGroups);
        double[][] centres = new double[MUNICIPALITIES][];
        for (int m = 0; m < MUNICIPALITIES; m++) {
            // the Netherlands' bounding box, a little inside
            centres[m] = new double[] { 50.85 + random.nextDouble() * 2.45, 3.7 + random.nextDouble() * 3.3 };
            String prefix = PREFIX[random.nextInt(PREFIX.length)];
            String root = ROOT[random.nextInt(ROOT.length)];
            String stem = STEM[random.nextInt(STEM.length)];
            municipalityNames.add(prefix.isEmpty() || prefix.endsWith("-") ? prefix + root + stem
                    : prefix + root.toLowerCase(java.util.Locale.ROOT) + stem);
        }
        for (int i = 0; i < NEIGHBOURHOODS; i++) {
            int m = (int) ((long) i * MUNICIPALITIES / NEIGHBOURHOODS);
            int local = i - (int) Math.ceil((double) m * NEIGHBOURHOODS / MUNICIPALITIES);
            String code = String.format("BU%04d%04d", 5000 + m, Math.max(0, local));
            places.add(new Place(code, centres[m][0] + random.nextGaussian() * 0.025,
                    centres[m][1] + random.nextGaussian() * 0.04, m));
        }
    }

    List<Place> places() {
        return places;
    }

    int services() {
        return services;
    }

    int organisations() {
        return organisations;
    }

    /** Produces all rows, chunk by chunk: organisations and locations first, then services in chunks. */
    void generate(int chunkSize, Consumer<Chunk> sink) {
        Map<String, List<Object[]>> first = newRows();
        for (int o = 0; o < organisations; o++) {
            UUID id = new UUID(ORGANISATION_IDS, o);
            orgIds.add(id);
            int type = random.nextInt(ORG_TYPES.length);
            int home = random.nextInt(NEIGHBOURHOODS);
            String town = municipalityNames.get(places.get(home).municipality());
            String name = String.format(ORG_NAMES[type],
                    type == 0 || type == 1 ? SURNAMES[random.nextInt(SURNAMES.length)] : town) + " " + (o % 97 + 1);
            first.get("organisation").add(new Object[] { id, name, ORG_TYPES[type], created });
            List<Object[]> locations = new ArrayList<>();
            int count = 1 + (random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2));
            for (int l = 0; l < count; l++) {
                int n = l == 0 ? home : nearby(home);
                Place place = places.get(n);
                UUID locationId = new UUID(LOCATION_IDS, locationCount++);
                double latitude = place.latitude() + random.nextGaussian() * 0.004;
                double longitude = place.longitude() + random.nextGaussian() * 0.006;
                first.get("location").add(new Object[] { locationId, id, name + " locatie " + (l + 1),
                        STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(200)),
                        String.format("%04d %c%c", 1000 + random.nextInt(9000), (char) ('A' + random.nextInt(26)),
                                (char) ('A' + random.nextInt(26))),
                        municipalityNames.get(place.municipality()), place.code(), latitude, longitude,
                        random.nextBoolean() });
                locations.add(new Object[] { locationId, n });
            }
            orgLocations.add(locations);
        }
        sink.accept(new Chunk(first));
        for (int from = 0; from < services; from += chunkSize) {
            Map<String, List<Object[]>> rows = newRows();
            for (int s = from; s < Math.min(services, from + chunkSize); s++) {
                service(rows);
            }
            sink.accept(new Chunk(rows));
        }
    }

    private void service(Map<String, List<Object[]>> rows) {
        UUID id = new UUID(SERVICE_IDS, serviceCount++);
        // a few large organisations: a quarter of the services go to the first 5% of organisations
        int o = random.nextInt(4) == 0 ? random.nextInt(Math.max(1, organisations / 20)) : random.nextInt(organisations);
        List<Object[]> locations = orgLocations.get(o);
        Object[] location = locations.get(random.nextInt(locations.size()));
        int n = (Integer) location[1];
        Place place = places.get(n);
        String town = municipalityNames.get(place.municipality());
        String category = categories.get(random.nextInt(categories.size()));
        String[] stems = STEMS.getOrDefault(category, new String[] { "Ondersteuning" });
        String stem = stems[random.nextInt(stems.length)];
        int kindDraw = random.nextInt(100);
        String kind = kindDraw < 80 ? "SERVICE" : kindDraw < 95 ? "INITIATIVE" : "ACCESS_POINT";
        String name = stem + " " + (random.nextBoolean() ? town : town + " " + place.code().substring(8));
        StringBuilder description = new StringBuilder(stem).append(" in ").append(town).append(". ");
        int sentences = 1 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            description.append(String.format(SENTENCES[random.nextInt(SENTENCES.length)], town)).append(' ');
        }
        String access = random.nextInt(10) < 6 ? "SELF_REFERRAL" : "REFERRAL";
        Integer waiting = WAITING[random.nextInt(WAITING.length)];
        boolean isPublic = random.nextInt(100) < 70;
        boolean active = random.nextInt(100) < 97;
        String organiser = kind.equals("INITIATIVE") ? SURNAMES[random.nextInt(SURNAMES.length)] : null;
        rows.get("service").add(new Object[] { id, orgIds.get(o), kind, name, description.toString().strip(),
                category, access, COSTS[random.nextInt(COSTS.length)], organiser, waiting, isPublic, active,
                verified, created, created });
        Set<String> groups = new LinkedHashSet<>();
        int groupCount = 1 + random.nextInt(3);
        for (int i = 0; i < groupCount; i++) {
            groups.add(targetGroups.get(random.nextInt(targetGroups.size())));
        }
        groups.forEach(code -> rows.get("target_group").add(new Object[] { id, code }));
        rows.get("language").add(new Object[] { id, "nl" });
        if (random.nextInt(10) < 3) {
            rows.get("language").add(new Object[] { id, LANGUAGES[random.nextInt(LANGUAGES.length)] });
        }
        Set<String> served = new LinkedHashSet<>();
        served.add(place.code());
        if (random.nextInt(10) < 4) {
            int extra = 3 + random.nextInt(10);
            for (int i = 0; i < extra; i++) {
                served.add(places.get(nearby(n)).code());
            }
        }
        served.forEach(code -> rows.get("neighbourhood").add(new Object[] { id, code }));
        rows.get("service_location").add(new Object[] { id, location[0] });
        if (locations.size() > 1 && random.nextInt(5) == 0) {
            Object[] second = locations.get(random.nextInt(locations.size()));
            if (second != location) {
                rows.get("service_location").add(new Object[] { id, second[0] });
            }
        }
        int pattern = random.nextInt(10);
        if (pattern < 5) {
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                schedule(rows, id, day, 9, 17);
            }
        } else if (pattern < 8) {
            int periods = 1 + random.nextInt(3);
            for (int i = 0; i < periods; i++) {
                int from = 9 + random.nextInt(10);
                schedule(rows, id, DayOfWeek.of(1 + (i * 2 + random.nextInt(2)) % 7), from, Math.min(23, from + 2));
            }
        } else if (pattern < 9) {
            for (DayOfWeek day : DayOfWeek.values()) {
                schedule(rows, id, day, 0, 24);
            }
        }
    }

    private static void schedule(Map<String, List<Object[]>> rows, UUID id, DayOfWeek day, int from, int to) {
        rows.get("schedule").add(new Object[] { id, day.name(), LocalTime.of(from, 0),
                to >= 24 ? LocalTime.of(23, 59) : LocalTime.of(to, 0) });
    }

    /** A neighbourhood near the given one (same municipality, as far as it goes). */
    private int nearby(int n) {
        return Math.max(0, Math.min(NEIGHBOURHOODS - 1, n + random.nextInt(13) - 6));
    }

    private static Map<String, List<Object[]>> newRows() {
        Map<String, List<Object[]>> rows = new java.util.LinkedHashMap<>();
        ORDER.forEach(table -> rows.put(table, new ArrayList<>()));
        return rows;
    }
}
