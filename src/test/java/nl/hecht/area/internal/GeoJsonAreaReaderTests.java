package nl.hecht.area.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;

import nl.hecht.area.internal.GeoJsonAreaReader.GeoJsonFile;
import nl.hecht.area.internal.Rijksdriehoek.Crs;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.jobs.ImportProblem;
import nl.hecht.shared.jobs.ImportProgress;

class GeoJsonAreaReaderTests {

    @TempDir
    Path folder;

    private GeoJsonFile read(String json) throws IOException {
        Path file = Files.writeString(folder.resolve("map.geojson"), json, StandardCharsets.UTF_8);
        return GeoJsonAreaReader.read(file, ImportProgress.none());
    }

    private static String square(double x, double y, double size) {
        return "[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]".formatted(x, y, x + size, y, x + size, y + size, x,
                y + size, x, y);
    }

    private static String feature(String properties, String type, String coordinates) {
        return "{\"type\":\"Feature\",\"properties\":{" + properties + "},\"geometry\":{\"type\":\"" + type
                + "\",\"coordinates\":" + coordinates + "}}";
    }

    private static String collection(String crs, String... features) {
        return "{\"type\":\"FeatureCollection\"," + (crs == null ? "" : "\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"" + crs + "\"}},") + "\"features\":[" + String.join(",\n", features) + "]}";
    }

    @Test
    void readsWgs84PolygonsWithCbsPropertyNames() throws IOException {
        GeoJsonFile file = read(collection(null,
                feature("\"buurtcode\":\"BU03440101\",\"buurtnaam\":\"Binnenstad\",\"wijkcode\":\"WK034401\","
                        + "\"gemeentenaam\":\"Utrecht\"", "Polygon", square(5.1, 52.09, 0.01)),
                feature("\"WK_CODE\":\"WK034401\",\"WK_NAAM\":\"West\",\"GM_CODE\":\"GM0344\"", "Polygon",
                        square(5.1, 52.09, 0.02)),
                feature("\"statcode\":\"GM0344\",\"statnaam\":\"Utrecht\"", "Polygon", square(5.0, 52.0, 0.2))));

        assertThat(file.crs()).isEqualTo(Crs.WGS84);
        assertThat(file.problems().hasRejections()).isFalse();
        assertThat(file.shapes()).extracting(AreaShape::code).containsExactly("BU03440101", "WK034401", "GM0344");
        AreaShape neighbourhood = file.shapes().get(0);
        assertThat(neighbourhood.name()).isEqualTo("Binnenstad");
        assertThat(neighbourhood.municipalityName()).isEqualTo("Utrecht");
        assertThat(neighbourhood.point().x).isBetween(5.1, 5.11);
        assertThat(neighbourhood.point().y).isBetween(52.09, 52.1);
        assertThat(neighbourhood.geoJson()).startsWith("{\"type\":\"Polygon\"").doesNotContain("crs");
        assertThat(file.shapes().get(1).name()).isEqualTo("West");
        assertThat(file.shapes().get(2).name()).isEqualTo("Utrecht");
    }

    @Test
    void reprojectsRijksdriehoekDeclaredInTheCrsMember() throws IOException {
        GeoJsonFile file = read(collection("urn:ogc:def:crs:EPSG::28992",
                feature("\"buurtcode\":\"BU03440101\"", "Polygon", square(155_000, 463_000, 100))));

        assertThat(file.crs()).isEqualTo(Crs.RD);
        // The origin of the RD grid, the church tower of Amersfoort: 52.15517 N, 5.38721 E.
        org.locationtech.jts.geom.Coordinate corner = file.shapes().get(0).geometry().getCoordinates()[0];
        assertThat(corner.y).isCloseTo(52.155174, within(0.00002));
        assertThat(corner.x).isCloseTo(5.387206, within(0.00002));
    }

    @Test
    void recognisesRijksdriehoekFromTheCoordinatesAlone() throws IOException {
        GeoJsonFile file = read(collection(null,
                feature("\"BU_CODE\":\"BU03440101\"", "Polygon", square(136_000, 455_000, 500))));

        assertThat(file.crs()).isEqualTo(Crs.RD);
        assertThat(file.shapes().get(0).point().y).isBetween(52.0, 52.2);
        assertThat(file.shapes().get(0).point().x).isBetween(5.0, 5.2);
    }

    @Test
    void readsMultiPolygons() throws IOException {
        GeoJsonFile file = read(collection(null, feature("\"buurtcode\":\"BU03440101\"", "MultiPolygon",
                "[" + square(5.0, 52.0, 0.01) + "," + square(5.1, 52.0, 0.01) + "]")));

        assertThat(file.shapes().get(0).geometry()).isInstanceOf(MultiPolygon.class);
        assertThat(file.shapes().get(0).geometry().getNumGeometries()).isEqualTo(2);
        assertThat(file.shapes().get(0).geoJson()).startsWith("{\"type\":\"MultiPolygon\"");
    }

    @Test
    void repairsABowTieAndWarns() throws IOException {
        GeoJsonFile file = read(collection(null, feature("\"buurtcode\":\"BU03440101\"", "Polygon",
                "[[[5.0,52.0],[5.1,52.1],[5.1,52.0],[5.0,52.1],[5.0,52.0]]]")));

        assertThat(file.problems().hasRejections()).isFalse();
        assertThat(file.shapes().get(0).geometry().isValid()).isTrue();
        assertThat(file.problems().warnings()).extracting(ImportProblem::messageKey)
                .containsExactly("area.import.warning.geometry-repaired");
    }

    @Test
    void warnsAboutAWorldSizedPolygonAndANameThatIsTooLong() throws IOException {
        String longName = "Lang".repeat(1_000);
        GeoJsonFile file = read(collection(null,
                feature("\"buurtcode\":\"BU03440101\",\"buurtnaam\":\"Wereld\"", "Polygon",
                        "[[[-179.0,-89.0],[179.0,-89.0],[179.0,89.0],[-179.0,89.0],[-179.0,-89.0]]]"),
                feature("\"buurtcode\":\"BU03440102\",\"buurtnaam\":\"" + longName + "\"", "Polygon",
                        square(5.1, 52.09, 0.01)),
                feature("\"buurtcode\":\"BU03440103\",\"buurtnaam\":\"Gewoon\"", "Polygon",
                        square(5.2, 52.09, 0.01))));

        assertThat(file.problems().hasRejections()).isFalse();
        assertThat(file.shapes()).hasSize(3);
        assertThat(file.problems().warnings())
                .extracting(ImportProblem::feature, ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "area.import.warning.outside-netherlands",
                                java.util.List.of("BU03440101")),
                        org.assertj.core.groups.Tuple.tuple(2, "area.import.warning.name-shortened",
                                java.util.List.of("BU03440102", "4000", "200")));
    }

    @Test
    void rejectsFeaturesWithTheirNumberAndLine() throws IOException {
        GeoJsonFile file = read(collection(null,
                feature("\"buurtcode\":\"BU03440101\"", "Polygon", square(5.0, 52.0, 0.01)),
                feature("\"naam\":\"zonder code\"", "Polygon", square(5.0, 52.0, 0.01)),
                feature("\"buurtcode\":\"BU03440102\"", "Point", "[5.0,52.0]"),
                feature("\"buurtcode\":\"BU03440101\"", "Polygon", square(5.2, 52.0, 0.01)),
                feature("\"buurtcode\":\"BU03440103\",\"water\":\"JA\"", "Polygon", square(5.3, 52.0, 0.01))));

        assertThat(file.problems().rejected()).extracting(ImportProblem::feature, ImportProblem::line,
                ImportProblem::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, 2L, "area.import.feature.code-missing"),
                        org.assertj.core.groups.Tuple.tuple(3, 3L, "area.import.feature.geometry-type"),
                        org.assertj.core.groups.Tuple.tuple(4, 4L, "area.import.feature.duplicate"));
        assertThat(file.problems().warnings()).extracting(ImportProblem::messageKey)
                .containsExactly("area.import.warning.water-skipped");
    }

    @Test
    void refusesWhatIsNotAMapInWgs84OrRd() {
        assertRefused("", "area.import.file.empty");
        assertRefused("gwb_code_10;a_inw\n", "area.import.geojson.not-geojson");
        assertRefused("{\"type\":\"FeatureCollection\",\"features\":[", "area.import.geojson.not-json");
        assertRefused("{\"type\":\"Feature\",\"properties\":{}}", "area.import.geojson.not-feature-collection");
        assertRefused(collection(null), "area.import.geojson.no-features");
        assertRefused(collection("EPSG:3857", feature("\"buurtcode\":\"BU03440101\"", "Polygon",
                square(600_000, 6_800_000, 100))), "area.import.geojson.crs-unknown");
        assertRefused(collection(null, feature("\"buurtcode\":\"BU03440101\"", "Polygon",
                square(600_000, 6_800_000, 100))), "area.import.geojson.crs-undetected");
        assertRefused(collection("urn:ogc:def:crs:OGC:1.3:CRS84", feature("\"buurtcode\":\"BU03440101\"",
                "Polygon", square(155_000, 463_000, 100))), "area.import.geojson.crs-mismatch");
    }

    private void assertRefused(String json, String key) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo(key);
    }

    @Test
    void precheckRefusesACsvAtOnce() {
        assertThatThrownBy(() -> GeoJsonAreaReader.precheck("gwb_code_10;a_inw".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("area.import.geojson.not-geojson");
        assertThatCode(() -> GeoJsonAreaReader.precheck("\uFEFF {\"type\"".getBytes(StandardCharsets.UTF_8)))
                .as("a byte order mark and white space before the JSON are fine").doesNotThrowAnyException();
    }
}
