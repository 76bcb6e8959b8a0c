package nl.hecht.area.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the CBS files of the fictional "Regio Voorbeeld" (and, for benchmarks, of a synthetic country): a key
 * figures CSV in the layout of CBS's "Kerncijfers wijken en buurten" and a wijk- en buurtkaart as GeoJSON in
 * Rijksdriehoek, like CBS publishes them. Demo mode imports these files through the real importer. Deterministic:
 * the same bytes every time.
 *
 * <h2>Regio Voorbeeld: codes and names (stable; the demo networks of the network module rely on them)</h2>
 * Two fictional municipalities with codes no real municipality has (real ones stay below GM2000):
 * <ul>
 * <li>{@code GM9901} Voorbeeldstad, a town of about 95,000 inhabitants in 36 neighbourhoods;</li>
 * <li>{@code GM9902} Maasheuvel, four villages with about 25,000 inhabitants in 24 neighbourhoods.</li>
 * </ul>
 * A district is {@code WK99MMDD} and a neighbourhood {@code BU99MMDDNN}: MM the municipality (01, 02), DD the district
 * and NN the neighbourhood, both numbered from 01 in the order of {@link #REGIO_VOORBEELD}. So {@code BU99010101} is
 * Binnenstad in Centrum, Voorbeeldstad, and {@code BU99020406} is Buitengebied Elsenwaard. Districts lie roughly where
 * their names say (Noord in the north of the town); Maasheuvel lies east of Voorbeeldstad. All in all 2
 * municipalities, 10 districts and 60 neighbourhoods, about 120,000 inhabitants, key figures for {@value #YEAR}.
 * Some figures are unknown on purpose, as in real CBS files: Bedrijventerrein De Kade ({@code BU99010602}, 40
 * inhabitants) has its age groups, households, income and WMO clients secret ({@code -99997}, {@code .});
 * Scheepsbouw ({@code BU99010604}) has no distance to a GP ({@code -99999999}); Hoeve Linde ({@code BU99020305}) no
 * income ({@code .}); Buitengebied Elsenwaard ({@code BU99020406}) no income ({@code -99997}) and a blank WMO count.
 */
public final class DemoGeography {

    /** The year of the demo key figures. */
    public static final int YEAR = 2024;
    public static final String CSV_FILE_NAME = "kwb-" + YEAR + "-regio-voorbeeld.csv";
    public static final String GEOJSON_FILE_NAME = "wijkenbuurten-" + YEAR + "-regio-voorbeeld.geojson";

    /** The columns of the CSV, as in CBS's 2020+ files (a_man and a_vrouw are there but Hecht does not read them). */
    static final List<String> CSV_COLUMNS = List.of("gwb_code_10", "gwb_code_8", "regio", "gm_naam", "recs",
            "gwb_code", "ind_wbi", "a_inw", "a_man", "a_vrouw", "a_00_14", "a_15_24", "a_25_44", "a_45_64",
            "a_65_oo", "a_hh", "a_1p_hh", "g_ink_pi", "a_wmo_t", "g_afs_hp", "a_opp_ha");

    private static final String SECRET = "-99997";
    private static final String NOT_APPLICABLE = "-99999999";
    private static final String UNKNOWN = ".";
    private static final double CELL_METRES = 420;
    private static final long SEED = 20_240_601L;

    /** A district of the design: its name, where it lies (fractions of the region's width and height), its buurten. */
    record DistrictDesign(String name, double x, double y, List<String> neighbourhoods) {
    }

    /** A municipality of the design, with the inhabitants its neighbourhoods are scaled to. */
    record MunicipalityDesign(String code, String name, double x, double y, int inhabitants, boolean urban,
            List<DistrictDesign> districts) {
    }

    /** The design of Regio Voorbeeld. Changing names or order changes codes: see the class comment. */
    static final List<MunicipalityDesign> REGIO_VOORBEELD = List.of(
            new MunicipalityDesign("GM9901", "Voorbeeldstad", 0.28, 0.5, 95_000, true, List.of(
                    new DistrictDesign("Centrum", 0.30, 0.50, List.of("Binnenstad", "Marktkwartier",
                            "Stationskwartier", "Kloosterhof", "Oude Gracht", "Vismarkt", "Begijnhof")),
                    new DistrictDesign("Noord", 0.28, 0.82, List.of("Molenwijk", "Vogelbuurt", "Bloemenbuurt",
                            "Noorderpark", "Kastanjehof", "De Meeën")),
                    new DistrictDesign("Oost", 0.44, 0.45, List.of("Lindenhof", "Beukenrode", "Zonnewijde",
                            "Oosterveld", "Het Kampje", "Eikenlaan")),
                    new DistrictDesign("Zuid", 0.28, 0.16, List.of("Zuiderhout", "Schildersbuurt",
                            "Componistenbuurt", "Rozenhof", "Heidepark", "Zuidrand", "Ganzenweide")),
                    new DistrictDesign("West", 0.09, 0.50, List.of("Westerkwartier", "Dichtersbuurt", "Westerpark",
                            "Sterrenwijk", "Korenbloem", "Weverswijk")),
                    new DistrictDesign("Haven", 0.46, 0.82, List.of("Havenkwartier", "Bedrijventerrein De Kade",
                            "Kadewijk", "Scheepsbouw")))),
            new MunicipalityDesign("GM9902", "Maasheuvel", 0.74, 0.5, 25_000, false, List.of(
                    new DistrictDesign("Maasdorp", 0.66, 0.80, List.of("Maasdorp-Kern", "Veerstraat", "Uiterwaard",
                            "Molenakker", "Kerkeveld", "Buitengebied Maasdorp")),
                    new DistrictDesign("Heuveldorp", 0.86, 0.26, List.of("Heuveldorp-Kern", "Bergakker",
                            "Holle Weg", "Kapelberg", "Vijverhof", "Buitengebied Heuveldorp")),
                    new DistrictDesign("Beekvliet", 0.62, 0.24, List.of("Beekvliet-Kern", "Watermolen", "Beemden",
                            "Wilgenhof", "Hoeve Linde", "Buitengebied Beekvliet")),
                    new DistrictDesign("Elsenwaard", 0.88, 0.70, List.of("Elsenwaard-Kern", "Boomgaard", "Hazelaar",
                            "Wolfsberg", "Hoogveld", "Buitengebied Elsenwaard")))));

    /** One generated area: its outline in Rijksdriehoek and its CSV values by column. */
    public record GeneratedArea(String code, AreaLevel level, String name, String municipalityName,
            String districtName, Geometry outline, Map<String, String> values) {

        /** The inhabitants, or null when secret. */
        public Integer inhabitants() {
            String value = values.get("a_inw");
            return value == null || value.startsWith("-") || value.equals(UNKNOWN) || value.isEmpty() ? null
                    : Integer.valueOf(value);
        }
    }

    private final List<GeneratedArea> municipalities = new ArrayList<>();
    private final List<GeneratedArea> districts = new ArrayList<>();
    private final List<GeneratedArea> neighbourhoods = new ArrayList<>();
    private final Random random;

    private DemoGeography(Random random) {
        this.random = random;
    }

    /** The demo region. */
    public static DemoGeography regioVoorbeeld() {
        Random random = new Random(SEED);
        // About 27 by 21 cells of 420 m, near the Maas in the south of the country (fictional all the same).
        Tiling tiling = new Tiling(30, 23, CELL_METRES, 2, 176_000, 404_000, true, random);
        DemoGeography geography = new DemoGeography(random);
        geography.generate(tiling, REGIO_VOORBEELD);
        return geography;
    }

    /**
     * A synthetic country for benchmarks: {@code municipalities} municipalities (codes from GM5000, not real ones)
     * of {@code districtsEach} districts of {@code neighbourhoodsEach} neighbourhoods (a few fewer where a district
     * turns out too small), on a rectangle of cells in Rijksdriehoek; {@code edgePoints} points on each cell edge set
     * how detailed the outlines are (2 in the demo; 8 gives neighbourhoods of about 150 points).
     */
    public static DemoGeography synthetic(int municipalities, int districtsEach, int neighbourhoodsEach,
            int edgePoints, long seed) {
        Random random = new Random(seed);
        int cells = municipalities * districtsEach * neighbourhoodsEach * 4;
        int columns = (int) Math.ceil(Math.sqrt(cells * 1.2));
        int rows = (int) Math.ceil((double) cells / columns);
        double cellSize = Math.min(CELL_METRES, 280_000.0 / Math.max(columns, rows));
        Tiling tiling = new Tiling(columns, rows, cellSize, edgePoints, 10_000, 310_000, false, random);
        List<MunicipalityDesign> design = new ArrayList<>();
        for (int m = 0; m < municipalities; m++) {
            List<DistrictDesign> districtDesigns = new ArrayList<>();
            for (int d = 1; d <= districtsEach; d++) {
                List<String> names = new ArrayList<>();
                for (int n = 1; n <= neighbourhoodsEach; n++) {
                    names.add("Buurt %02d%02d".formatted(d, n));
                }
                districtDesigns.add(new DistrictDesign("Wijk %02d".formatted(d), Double.NaN, Double.NaN, names));
            }
            design.add(new MunicipalityDesign("GM%04d".formatted(5000 + m), "Proefgemeente %03d".formatted(m + 1),
                    Double.NaN, Double.NaN, 0, m % 3 == 0, districtDesigns));
        }
        DemoGeography geography = new DemoGeography(random);
        geography.generate(tiling, design);
        return geography;
    }

    public List<GeneratedArea> municipalities() {
        return List.copyOf(municipalities);
    }

    public List<GeneratedArea> districts() {
        return List.copyOf(districts);
    }

    public List<GeneratedArea> neighbourhoods() {
        return List.copyOf(neighbourhoods);
    }

    /** Writes both files into a folder; returns their paths (CSV, GeoJSON). */
    public List<Path> writeTo(Path folder) {
        try {
            Path csv = Files.write(folder.resolve(CSV_FILE_NAME), csv());
            Path geoJson = Files.write(folder.resolve(GEOJSON_FILE_NAME), geoJson(true));
            return List.of(csv, geoJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key figures CSV: UTF-8 with byte-order mark, separated by {@code ;}, decimal comma, CBS's row order. */
    public byte[] csv() {
        Map<String, List<GeneratedArea>> children = new LinkedHashMap<>();
        for (GeneratedArea area : districts) {
            children.computeIfAbsent(AreaLevel.municipalityOf(area.code()), code -> new ArrayList<>()).add(area);
        }
        for (GeneratedArea area : neighbourhoods) {
            children.computeIfAbsent(AreaLevel.districtOf(area.code()), code -> new ArrayList<>()).add(area);
        }
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(";", CSV_COLUMNS)).append("\r\n");
        for (GeneratedArea municipality : municipalities) {
            appendRow(csv, municipality);
            for (GeneratedArea district : children.getOrDefault(municipality.code(), List.of())) {
                appendRow(csv, district);
                children.getOrDefault(district.code(), List.of()).forEach(neighbourhood -> appendRow(csv, neighbourhood));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendRow(StringBuilder csv, GeneratedArea area) {
        List<String> fields = CSV_COLUMNS.stream().map(column -> area.values().getOrDefault(column, "")).toList();
        csv.append(String.join(";", fields)).append("\r\n");
    }

    /**
     * The map: every municipality, district and neighbourhood as a feature with CBS's property names ({@code
     * gemeentecode}, {@code wijkcode}, {@code buurtcode}, ...), in Rijksdriehoek with a {@code crs} member, or in WGS84.
     */
    public byte[] geoJson(boolean rijksdriehoek) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeGeoJson(bytes, rijksdriehoek);
        return bytes.toByteArray();
    }

    private void writeGeoJson(OutputStream out, boolean rijksdriehoek) {
        Rijksdriehoek.ToWgs84 toWgs84 = rijksdriehoek ? null : new Rijksdriehoek.ToWgs84();
        try (JsonGenerator json = JsonMapper.shared().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeStringProperty("name", "wijkenbuurten_" + YEAR + "_regio_voorbeeld");
            if (rijksdriehoek) {
                json.writeName("crs");
                json.writeStartObject();
                json.writeStringProperty("type", "name");
                json.writeName("properties");
                json.writeStartObject();
                json.writeStringProperty("name", "urn:ogc:def:crs:EPSG::28992");
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeName("features");
            json.writeStartArray();
            List<GeneratedArea> all = new ArrayList<>(municipalities);
            all.addAll(districts);
            all.addAll(neighbourhoods);
            for (GeneratedArea area : all) {
                json.writeStartObject();
                json.writeStringProperty("type", "Feature");
                json.writeName("properties");
                json.writeStartObject();
                switch (area.level()) {
                    case NEIGHBOURHOOD -> {
                        json.writeStringProperty("buurtcode", area.code());
                        json.writeStringProperty("buurtnaam", area.name());
                        json.writeStringProperty("wijkcode", AreaLevel.districtOf(area.code()));
                        json.writeStringProperty("wijknaam", area.districtName());
                    }
                    case DISTRICT -> {
                        json.writeStringProperty("wijkcode", area.code());
                        json.writeStringProperty("wijknaam", area.name());
                    }
                    case MUNICIPALITY -> {
                    }
                }
                json.writeStringProperty("gemeentecode", AreaLevel.municipalityOf(area.code()));
                json.writeStringProperty("gemeentenaam", area.municipalityName());
                json.writeStringProperty("water", "NEE");
                json.writeEndObject();
                Geometry outline = area.outline();
                if (toWgs84 != null) {
                    outline = outline.copy();
                    toWgs84.apply(outline);
                    Rijksdriehoek.round(outline, AreaShape.DECIMALS);
                }
                writeGeometry(json, outline);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeGeometry(JsonGenerator json, Geometry geometry) {
        json.writeName("geometry");
        json.writeStartObject();
        json.writeStringProperty("type", geometry instanceof Polygon ? "Polygon" : "MultiPolygon");
        json.writeName("coordinates");
        if (geometry instanceof Polygon polygon) {
            writePolygon(json, polygon);
        } else {
            json.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                writePolygon(json, (Polygon) geometry.getGeometryN(i));
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writePolygon(JsonGenerator json, Polygon polygon) {
        json.writeStartArray();
        writeRing(json, polygon.getExteriorRing().getCoordinates());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            writeRing(json, polygon.getInteriorRingN(i).getCoordinates());
        }
        json.writeEndArray();
    }

    private static void writeRing(JsonGenerator json, Coordinate[] ring) {
        json.writeStartArray();
        for (Coordinate coordinate : ring) {
            json.writeStartArray();
            json.writeNumber(coordinate.x);
            json.writeNumber(coordinate.y);
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    // --- generation --------------------------------------------------------------------------------------------

    private void generate(Tiling tiling, List<MunicipalityDesign> design) {
        List<Integer> all = tiling.cells();
        List<Integer> municipalitySeeds = seeds(tiling, all, design.stream().map(m -> new double[] {m.x(), m.y()})
                .toList());
        List<List<Integer>> municipalityCells = tiling.grow(all, municipalitySeeds);
        for (int m = 0; m < design.size(); m++) {
            MunicipalityDesign municipality = design.get(m);
            List<Integer> cells = municipalityCells.get(m);
            List<Integer> districtSeeds = seeds(tiling, cells, municipality.districts().stream()
                    .map(d -> new double[] {d.x(), d.y()}).toList());
            List<List<Integer>> districtCells = tiling.grow(cells, districtSeeds);
            List<GeneratedArea> municipalityNeighbourhoods = new ArrayList<>();
            List<GeneratedArea> municipalityDistricts = new ArrayList<>();
            for (int d = 0; d < municipality.districts().size(); d++) {
                DistrictDesign district = municipality.districts().get(d);
                String districtCode = "WK" + municipality.code().substring(2) + "%02d".formatted(d + 1);
                List<Integer> inDistrict = districtCells.get(d);
                int count = Math.min(district.neighbourhoods().size(), inDistrict.size());
                List<List<Integer>> neighbourhoodCells = tiling.grow(inDistrict,
                        tiling.spreadSeeds(inDistrict, count, districtSeeds.get(d)));
                List<GeneratedArea> inThisDistrict = new ArrayList<>();
                for (int n = 0; n < count; n++) {
                    String code = "BU" + districtCode.substring(2) + "%02d".formatted(n + 1);
                    String name = district.neighbourhoods().get(n);
                    Geometry outline = tiling.outline(neighbourhoodCells.get(n));
                    inThisDistrict.add(new GeneratedArea(code, AreaLevel.NEIGHBOURHOOD, name, municipality.name(),
                            district.name(), outline, neighbourhoodFigures(name, municipality.urban(), n == 0,
                                    outline)));
                }
                municipalityNeighbourhoods.addAll(inThisDistrict);
                municipalityDistricts.add(new GeneratedArea(districtCode, AreaLevel.DISTRICT, district.name(),
                        municipality.name(), null, tiling.outline(inDistrict), null));
            }
            scaleInhabitants(municipalityNeighbourhoods, municipality.inhabitants());
            for (GeneratedArea district : municipalityDistricts) {
                List<GeneratedArea> parts = municipalityNeighbourhoods.stream()
                        .filter(n -> n.code().startsWith("BU" + district.code().substring(2))).toList();
                districts.add(withValues(district, aggregate(district, parts)));
            }
            neighbourhoods.addAll(municipalityNeighbourhoods.stream().map(n -> withValues(n, n.values())).toList());
            GeneratedArea municipalityArea = new GeneratedArea(municipality.code(), AreaLevel.MUNICIPALITY,
                    municipality.name(), municipality.name(), null, tiling.outline(cells), null);
            municipalities.add(withValues(municipalityArea, aggregate(municipalityArea, municipalityNeighbourhoods)));
        }
    }

    /** Seeds at the designed positions, or spread evenly when the design gives none. */
    private List<Integer> seeds(Tiling tiling, List<Integer> cells, List<double[]> positions) {
        if (positions.stream().anyMatch(position -> Double.isNaN(position[0]))) {
            return tiling.spreadSeeds(cells, Math.min(positions.size(), cells.size()),
                    cells.get(random.nextInt(cells.size())));
        }
        List<Integer> seeds = new ArrayList<>();
        for (double[] position : positions) {
            seeds.add(tiling.nearest(cells, position[0], position[1], seeds));
        }
        return seeds;
    }

    private GeneratedArea withValues(GeneratedArea area, Map<String, String> figures) {
        Map<String, String> values = new LinkedHashMap<>();
        String digits = area.code().substring(2);
        values.put("gwb_code_10", area.code());
        values.put("gwb_code_8", digits);
        values.put("regio", area.name());
        values.put("gm_naam", area.municipalityName());
        values.put("recs", switch (area.level()) {
            case MUNICIPALITY -> "Gemeente";
            case DISTRICT -> "Wijk";
            case NEIGHBOURHOOD -> "Buurt";
        });
        values.put("gwb_code", area.code());
        values.put("ind_wbi", area.level() == AreaLevel.MUNICIPALITY ? "." : "1");
        values.putAll(figures);
        return new GeneratedArea(area.code(), area.level(), area.name(), area.municipalityName(),
                area.districtName(), area.outline(), values);
    }

    /** Household and age profiles: the shares of the five age groups, household size, share living alone, ... */
    private record Profile(double[] ages, double householdSize, double alone, double income, double wmo) {
    }

    private static final List<Profile> PROFILES = List.of(
            new Profile(new double[] {0.22, 0.12, 0.30, 0.24, 0.12}, 2.5, 0.22, 30.5, 0.03),
            new Profile(new double[] {0.10, 0.08, 0.18, 0.28, 0.36}, 1.7, 0.48, 27.5, 0.09),
            new Profile(new double[] {0.08, 0.22, 0.42, 0.18, 0.10}, 1.5, 0.62, 24.0, 0.04),
            new Profile(new double[] {0.15, 0.12, 0.26, 0.27, 0.20}, 2.1, 0.35, 28.5, 0.05));

    /** Raw figures of one neighbourhood; inhabitants are a weight until {@link #scaleInhabitants} runs. */
    private Map<String, String> neighbourhoodFigures(String name, boolean urban, boolean core, Geometry outline) {
        Map<String, String> values = new LinkedHashMap<>();
        double weight = urban ? 0.6 + 0.8 * random.nextDouble()
                : name.startsWith("Buitengebied") ? 0.35 + 0.2 * random.nextDouble()
                : core ? 1.6 + 0.4 * random.nextDouble() : 0.7 + 0.6 * random.nextDouble();
        values.put("weight", Double.toString(weight));
        values.put("profile", Integer.toString(random.nextInt(PROFILES.size())));
        values.put("jitter", Double.toString(random.nextDouble()));
        double distance = urban ? 0.5 + 0.8 * random.nextDouble()
                : name.startsWith("Buitengebied") ? 2.5 + 2.5 * random.nextDouble()
                : core ? 0.4 + 0.6 * random.nextDouble() : 1.2 + 2.3 * random.nextDouble();
        values.put("g_afs_hp", decimal(distance));
        values.put("a_opp_ha", Long.toString(Math.round(outline.getArea() / 10_000)));
        return values;
    }

    /** Turns weights into inhabitants adding up to the municipality's total, then derives the other figures. */
    private void scaleInhabitants(List<GeneratedArea> areas, int total) {
        double weights = areas.stream().filter(area -> !isFixed(area.name()))
                .mapToDouble(area -> Double.parseDouble(area.values().get("weight"))).sum();
        for (GeneratedArea area : areas) {
            Map<String, String> values = area.values();
            int inhabitants = isFixed(area.name()) ? 40
                    : roundTo5(total * Double.parseDouble(values.get("weight")) / Math.max(weights, 1e-9));
            if (total == 0) {
                inhabitants = roundTo5(300 + 2200 * Double.parseDouble(values.get("weight")) / 1.4);
            }
            Profile profile = PROFILES.get(Integer.parseInt(values.get("profile")));
            double jitter = Double.parseDouble(values.get("jitter"));
            values.remove("weight");
            values.remove("profile");
            values.remove("jitter");
            values.put("a_inw", Integer.toString(inhabitants));
            int men = roundTo5(inhabitants * (0.48 + 0.04 * jitter));
            values.put("a_man", Integer.toString(men));
            values.put("a_vrouw", Integer.toString(inhabitants - men));
            String[] ageColumns = {"a_00_14", "a_15_24", "a_25_44", "a_45_64", "a_65_oo"};
            int[] ages = new int[ageColumns.length];
            int largest = 0;
            for (int i = 0; i < ageColumns.length; i++) {
                ages[i] = roundTo5(inhabitants * profile.ages()[i]);
                largest = ages[i] > ages[largest] ? i : largest;
            }
            // The groups add up to the inhabitants, so that the sums of districts and municipalities do too.
            ages[largest] += inhabitants - java.util.Arrays.stream(ages).sum();
            for (int i = 0; i < ageColumns.length; i++) {
                values.put(ageColumns[i], Integer.toString(ages[i]));
            }
            int households = roundTo5(inhabitants / (profile.householdSize() + 0.2 * (jitter - 0.5)));
            values.put("a_hh", Integer.toString(households));
            values.put("a_1p_hh", Integer.toString(roundTo5(households * profile.alone())));
            values.put("g_ink_pi", decimal(profile.income() + 6 * (jitter - 0.5)));
            values.put("a_wmo_t", Integer.toString(roundTo5(inhabitants * profile.wmo())));
            unknowns(area.name(), values);
            LinkedHashMap<String, String> ordered = new LinkedHashMap<>();
            CSV_COLUMNS.stream().filter(values::containsKey).forEach(column -> ordered.put(column, values.get(column)));
            values.clear();
            values.putAll(ordered);
        }
    }

    private static boolean isFixed(String name) {
        return name.equals("Bedrijventerrein De Kade");
    }

    /** The figures that CBS would keep secret or not know, on purpose (see the class comment). */
    private static void unknowns(String name, Map<String, String> values) {
        switch (name) {
            case "Bedrijventerrein De Kade" -> {
                for (String column : List.of("a_00_14", "a_15_24", "a_25_44", "a_45_64", "a_65_oo", "a_hh",
                        "a_1p_hh", "a_wmo_t")) {
                    values.put(column, SECRET);
                }
                values.put("g_ink_pi", UNKNOWN);
            }
            case "Scheepsbouw" -> values.put("g_afs_hp", NOT_APPLICABLE);
            case "Hoeve Linde" -> values.put("g_ink_pi", UNKNOWN);
            case "Buitengebied Elsenwaard" -> {
                values.put("g_ink_pi", SECRET);
                values.put("a_wmo_t", "");
            }
            default -> {
            }
        }
    }

    /** Figures of a district or municipality from its neighbourhoods: counts add up, averages are weighted. */
    private static Map<String, String> aggregate(GeneratedArea area, List<GeneratedArea> parts) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : List.of("a_inw", "a_man", "a_vrouw", "a_00_14", "a_15_24", "a_25_44", "a_45_64",
                "a_65_oo", "a_hh", "a_1p_hh")) {
            values.put(column, Long.toString(parts.stream().mapToLong(part -> known(part, column)).sum()));
        }
        values.put("g_ink_pi", weighted(parts, "g_ink_pi"));
        values.put("a_wmo_t", Long.toString(parts.stream().mapToLong(part -> known(part, "a_wmo_t")).sum()));
        values.put("g_afs_hp", weighted(parts, "g_afs_hp"));
        values.put("a_opp_ha", Long.toString(Math.round(area.outline().getArea() / 10_000)));
        return values;
    }

    private static long known(GeneratedArea area, String column) {
        Double value = number(area.values().get(column));
        return value == null ? 0 : Math.round(value);
    }

    private static String weighted(List<GeneratedArea> parts, String column) {
        double sum = 0;
        double weights = 0;
        for (GeneratedArea part : parts) {
            Double value = number(part.values().get(column));
            Integer inhabitants = part.inhabitants();
            if (value != null && inhabitants != null) {
                sum += value * inhabitants;
                weights += inhabitants;
            }
        }
        return weights == 0 ? UNKNOWN : decimal(sum / weights);
    }

    private static Double number(String raw) {
        if (raw == null || raw.isEmpty() || raw.equals(UNKNOWN) || raw.startsWith("-")) {
            return null;
        }
        return Double.valueOf(raw.replace(',', '.'));
    }

    private static int roundTo5(double value) {
        return (int) (Math.round(value / 5.0) * 5);
    }

    /** One decimal with a decimal comma, as in CBS's Dutch files. */
    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
