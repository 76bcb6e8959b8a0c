package nl.hecht.area.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.hecht.area.internal.Rijksdriehoek.Crs;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.jobs.ImportProgress;

/**
 * Reads a wijk- en buurtkaart as a GeoJSON FeatureCollection, without writing anything. Features are read one at a
 * time from the stream. Each feature's level and code come from its properties, in any of the common spellings
 * ({@code buurtcode}, {@code BU_CODE}, {@code wijkcode}, {@code WK_CODE}, {@code gemeentecode}, {@code GM_CODE},
 * {@code statcode}, ...; the most specific one present wins). Polygons and MultiPolygons in WGS84 or in Rijksdriehoek
 * (EPSG:28992, from the {@code crs} member or, without one, from the range of the coordinates) are accepted; RD is
 * converted to WGS84. Water features ({@code water} = {@code JA}) are skipped. Invalid outlines are repaired.
 */
final class GeoJsonAreaReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static final List<String> NEIGHBOURHOOD_CODE = List.of("buurtcode", "bu_code");
    private static final List<String> DISTRICT_CODE = List.of("wijkcode", "wk_code");
    private static final List<String> MUNICIPALITY_CODE = List.of("gemeentecode", "gm_code");
    private static final List<String> ANY_CODE = List.of("statcode", "gwb_code_10", "gwb_code", "code");
    private static final List<String> NEIGHBOURHOOD_NAME = List.of("buurtnaam", "bu_naam");
    private static final List<String> DISTRICT_NAME = List.of("wijknaam", "wk_naam");
    private static final List<String> MUNICIPALITY_NAME = List.of("gemeentenaam", "gm_naam");
    private static final List<String> ANY_NAME = List.of("statnaam", "regio", "naam", "name");

    /** What a map file holds: the accepted outlines, the problems, and the coordinate system it was in. */
    record GeoJsonFile(List<AreaShape> shapes, ProblemLog problems, int featuresRead, Crs crs) {
    }

    /** A feature as read, before the coordinate system of the whole file is known. */
    private record RawFeature(long line, int number, String code, String name, String districtName,
            String municipalityName, Geometry geometry) {
    }

    /**
     * The Netherlands with a margin, in WGS84: a shape that does not lie within it is imported, with a warning (a
     * world-sized polygon or coordinates in the wrong order are a mistake in the file).
     */
    static final Envelope NETHERLANDS = new Envelope(2.5, 8.0, 50.3, 54.0);

    private GeoJsonAreaReader() {
    }

    /** Checks the start of an upload: not empty, text, and a JSON object. */
    static void precheck(byte[] head) {
        int start = firstNonBlank(head);
        if (start < 0) {
            throw new DomainException("area.import.file.empty");
        }
        if (head[start] != '{') {
            throw new DomainException("area.import.geojson.not-geojson");
        }
    }

    static GeoJsonFile read(Path file, ImportProgress<AreaImportPhase> progress) {
        long size;
        try (InputStream head = Files.newInputStream(file)) {
            size = Files.size(file);
            precheck(head.readNBytes(4096));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProblemLog problems = new ProblemLog();
        List<RawFeature> features = new ArrayList<>();
        String type = null;
        JsonNode crs = null;
        int featuresRead = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new DomainException("area.import.file.empty");
            }
            if (token != JsonToken.START_OBJECT) {
                throw new DomainException("area.import.geojson.not-geojson");
            }
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String member = parser.currentName();
                token = parser.nextToken();
                switch (member) {
                    case "type" -> type = token == JsonToken.VALUE_STRING ? parser.getString() : null;
                    case "crs" -> crs = JSON.readTree(parser);
                    case "features" -> {
                        if (token != JsonToken.START_ARRAY) {
                            throw new DomainException("area.import.geojson.not-feature-collection");
                        }
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            featuresRead++;
                            long line = parser.currentTokenLocation().getLineNr();
                            JsonNode feature = JSON.readTree(parser);
                            rawFeature(feature, line, featuresRead, problems).ifPresent(features::add);
                            if (featuresRead % 100 == 0) {
                                progress.report(AreaImportPhase.READING, parser.currentLocation().getByteOffset(), size);
                            }
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            throw new DomainException("area.import.geojson.not-json",
                    String.valueOf(Math.max(1, e.getLocation() == null ? 1 : e.getLocation().getLineNr())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!"FeatureCollection".equals(type)) {
            throw new DomainException("area.import.geojson.not-feature-collection");
        }
        if (featuresRead == 0) {
            throw new DomainException("area.import.geojson.no-features");
        }
        Crs system = coordinateSystem(crs, features);
        List<AreaShape> shapes = toShapes(features, system, problems);
        progress.report(AreaImportPhase.READING, size, size);
        return new GeoJsonFile(shapes, problems, featuresRead, system);
    }

    private static Optional<RawFeature> rawFeature(JsonNode feature, long line, int number, ProblemLog problems) {
        Map<String, String> properties = properties(feature.get("properties"));
        if ("ja".equalsIgnoreCase(properties.getOrDefault("water", ""))) {
            problems.warn(line, number, "area.import.warning.water-skipped");
            return Optional.empty();
        }
        Optional<String> code = code(properties, line, number, problems);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        AreaLevel level = AreaLevel.ofCode(code.get()).orElseThrow();
        Geometry geometry;
        try {
            geometry = geometry(feature.get("geometry"));
        } catch (InvalidGeometry e) {
            problems.reject(line, number, e.getMessage(), code.get());
            return Optional.empty();
        }
        String name = first(properties, switch (level) {
            case NEIGHBOURHOOD -> NEIGHBOURHOOD_NAME;
            case DISTRICT -> DISTRICT_NAME;
            case MUNICIPALITY -> MUNICIPALITY_NAME;
        }).or(() -> first(properties, ANY_NAME)).orElse(null);
        String districtName = level == AreaLevel.NEIGHBOURHOOD ? first(properties, DISTRICT_NAME).orElse(null) : null;
        String municipalityName = first(properties, MUNICIPALITY_NAME).orElse(null);
        return Optional.of(new RawFeature(line, number, code.get(), name, districtName, municipalityName, geometry));
    }

    /** The most specific code among the properties: a neighbourhood code before a district code before ... */
    private static Optional<String> code(Map<String, String> properties, long line, int number,
            ProblemLog problems) {
        for (Map.Entry<AreaLevel, List<String>> candidates : List.of(
                Map.entry(AreaLevel.NEIGHBOURHOOD, NEIGHBOURHOOD_CODE), Map.entry(AreaLevel.DISTRICT, DISTRICT_CODE),
                Map.entry(AreaLevel.MUNICIPALITY, MUNICIPALITY_CODE))) {
            Optional<String> raw = first(properties, candidates.getValue());
            if (raw.isPresent()) {
                return valid(AreaLevel.normalise(raw.get(), candidates.getKey()), raw.get(), line, number, problems);
            }
        }
        Optional<String> raw = first(properties, ANY_CODE);
        if (raw.isPresent()) {
            return valid(AreaLevel.normalise(raw.get(), null), raw.get(), line, number, problems);
        }
        problems.reject(line, number, "area.import.feature.code-missing");
        return Optional.empty();
    }

    private static Optional<String> valid(Optional<String> code, String raw, long line, int number,
            ProblemLog problems) {
        if (code.isEmpty()) {
            problems.reject(line, number, "area.import.feature.code-invalid", raw);
        }
        return code;
    }

    /** Property names in lower case, values as text; objects and arrays are left out. */
    private static Map<String, String> properties(JsonNode node) {
        Map<String, String> properties = new HashMap<>();
        if (node != null && node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                JsonNode value = property.getValue();
                if (value.isValueNode() && !value.isNull()) {
                    properties.putIfAbsent(property.getKey().strip().toLowerCase(Locale.ROOT), value.asString());
                }
            }
        }
        return properties;
    }

    private static Optional<String> first(Map<String, String> properties, List<String> names) {
        return names.stream().map(properties::get).filter(value -> value != null && !value.isBlank())
                .map(String::strip).findFirst();
    }

    /** A Polygon or MultiPolygon from a GeoJSON geometry object, in the file's coordinates. */
    private static Geometry geometry(JsonNode node) throws InvalidGeometry {
        if (node == null || node.isNull()) {
            throw new InvalidGeometry("area.import.feature.geometry-missing");
        }
        String type = node.path("type").asString("");
        JsonNode coordinates = node.get("coordinates");
        if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
            throw new InvalidGeometry("area.import.feature.geometry-type");
        }
        if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
            throw new InvalidGeometry("area.import.feature.geometry-invalid");
        }
        if ("Polygon".equals(type)) {
            return polygon(coordinates);
        }
        Polygon[] polygons = new Polygon[coordinates.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = polygon(coordinates.get(i));
        }
        return GEOMETRY.createMultiPolygon(polygons);
    }

    private static Polygon polygon(JsonNode rings) throws InvalidGeometry {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new InvalidGeometry("area.import.feature.geometry-invalid");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) throws InvalidGeometry {
        if (!positions.isArray() || positions.size() < 4) {
            throw new InvalidGeometry("area.import.feature.geometry-invalid");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            JsonNode position = positions.get(i);
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                    || !position.get(1).isNumber()) {
                throw new InvalidGeometry("area.import.feature.geometry-invalid");
            }
            coordinates[i] = new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue());
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new InvalidGeometry("area.import.feature.ring-not-closed");
        }
        return GEOMETRY.createLinearRing(coordinates);
    }

    /** The declared system if there is one (and the coordinates fit it), else the one the coordinates fit. */
    private static Crs coordinateSystem(JsonNode crs, List<RawFeature> features) {
        Envelope extent = new Envelope();
        features.forEach(feature -> extent.expandToInclude(feature.geometry().getEnvelopeInternal()));
        String declared = crs == null ? null : crs.path("properties").path("name").asString(null);
        if (declared != null) {
            Crs system = Crs.ofName(declared);
            if (system == null) {
                throw new DomainException("area.import.geojson.crs-unknown", declared);
            }
            if (!extent.isNull() && !system.fits(extent)) {
                throw new DomainException("area.import.geojson.crs-mismatch", declared);
            }
            return system;
        }
        if (extent.isNull()) {
            return Crs.WGS84;
        }
        Crs system = Crs.ofExtent(extent);
        if (system == null) {
            throw new DomainException("area.import.geojson.crs-undetected");
        }
        return system;
    }

    private static List<AreaShape> toShapes(List<RawFeature> features, Crs crs, ProblemLog problems) {
        Rijksdriehoek.ToWgs84 toWgs84 = crs == Crs.RD ? new Rijksdriehoek.ToWgs84() : null;
        Map<String, Integer> seen = new HashMap<>();
        List<AreaShape> shapes = new ArrayList<>(features.size());
        for (RawFeature feature : features) {
            Integer earlier = seen.putIfAbsent(feature.code(), feature.number());
            if (earlier != null) {
                problems.reject(feature.line(), feature.number(), "area.import.feature.duplicate", feature.code(),
                        earlier);
                continue;
            }
            Geometry geometry = feature.geometry();
            if (toWgs84 != null) {
                toWgs84.apply(geometry);
            }
            Rijksdriehoek.round(geometry, AreaShape.DECIMALS);
            if (!geometry.isValid()) {
                geometry = GeometryFixer.fix(geometry);
                Rijksdriehoek.round(geometry, AreaShape.DECIMALS);
                if (geometry.isEmpty() || !(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
                    problems.reject(feature.line(), feature.number(), "area.import.feature.geometry-invalid",
                            feature.code());
                    continue;
                }
                problems.warn(feature.line(), feature.number(), "area.import.warning.geometry-repaired",
                        feature.code());
            }
            if (!NETHERLANDS.covers(geometry.getEnvelopeInternal())) {
                problems.warn(feature.line(), feature.number(), "area.import.warning.outside-netherlands",
                        feature.code());
            }
            for (String name : new String[] {feature.name(), feature.districtName(), feature.municipalityName()}) {
                if (name != null && name.strip().length() > Area.MAX_NAME_LENGTH) {
                    problems.warn(feature.line(), feature.number(), "area.import.warning.name-shortened",
                            feature.code(), name.strip().length(), Area.MAX_NAME_LENGTH);
                    break;
                }
            }
            shapes.add(new AreaShape(feature.line(), feature.number(), feature.code(), feature.name(),
                    feature.districtName(), feature.municipalityName(), geometry));
        }
        return shapes;
    }

    private static int firstNonBlank(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return i;
            }
        }
        return -1;
    }

    /** A geometry that cannot be read; its message is the message key of the reason. */
    private static final class InvalidGeometry extends Exception {
        InvalidGeometry(String messageKey) {
            super(messageKey, null, false, false);
        }
    }
}
