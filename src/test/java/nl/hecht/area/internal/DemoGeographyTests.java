package nl.hecht.area.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import nl.hecht.area.internal.CbsCsvReader.CbsCsvFile;
import nl.hecht.area.internal.DemoGeography.GeneratedArea;
import nl.hecht.area.internal.GeoJsonAreaReader.GeoJsonFile;
import nl.hecht.area.internal.Rijksdriehoek.Crs;
import nl.hecht.shared.jobs.ImportProgress;

class DemoGeographyTests {

    private static DemoGeography region;

    @TempDir
    Path folder;

    @BeforeAll
    static void generate() {
        region = DemoGeography.regioVoorbeeld();
    }

    @Test
    void isDeterministic() {
        DemoGeography again = DemoGeography.regioVoorbeeld();

        assertThat(again.csv()).isEqualTo(region.csv());
        assertThat(again.geoJson(true)).isEqualTo(region.geoJson(true));
    }

    @Test
    void hasTheDocumentedTwoMunicipalitiesTenDistrictsAndSixtyNeighbourhoods() {
        assertThat(region.municipalities()).extracting(GeneratedArea::code, GeneratedArea::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GM9901", "Voorbeeldstad"),
                org.assertj.core.groups.Tuple.tuple("GM9902", "Maasheuvel"));
        assertThat(region.districts()).hasSize(10);
        assertThat(region.neighbourhoods()).hasSize(60);
        assertThat(region.neighbourhoods()).filteredOn(n -> n.code().startsWith("BU9901")).hasSize(36);
        assertThat(region.neighbourhoods()).filteredOn(n -> n.code().startsWith("BU9902")).hasSize(24);
        assertThat(byCode("BU99010101").name()).isEqualTo("Binnenstad");
        assertThat(byCode("BU99010602").name()).isEqualTo("Bedrijventerrein De Kade");
        assertThat(byCode("BU99020406").name()).isEqualTo("Buitengebied Elsenwaard");
        assertThat(region.districts()).extracting(GeneratedArea::code).containsExactly("WK990101", "WK990102",
                "WK990103", "WK990104", "WK990105", "WK990106", "WK990201", "WK990202", "WK990203", "WK990204");
    }

    @Test
    void hasAboutHundredTwentyThousandInhabitants() {
        int total = region.neighbourhoods().stream().map(GeneratedArea::inhabitants).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();

        assertThat(total).isBetween(119_000, 121_000);
        assertThat(region.municipalities().get(0).inhabitants()).isBetween(94_000, 96_000);
    }

    @Test
    void neighbourhoodsDoNotOverlapAndTileTheirDistrictAndMunicipality() {
        List<GeneratedArea> neighbourhoods = region.neighbourhoods();
        for (int i = 0; i < neighbourhoods.size(); i++) {
            assertThat(neighbourhoods.get(i).outline().isValid()).as(neighbourhoods.get(i).code()).isTrue();
            assertThat(neighbourhoods.get(i).outline()).as(neighbourhoods.get(i).code()).isInstanceOf(Polygon.class);
            for (int j = i + 1; j < neighbourhoods.size(); j++) {
                Geometry a = neighbourhoods.get(i).outline();
                Geometry b = neighbourhoods.get(j).outline();
                if (a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
                    assertThat(a.intersection(b).getArea()).as(neighbourhoods.get(i).code() + " and "
                            + neighbourhoods.get(j).code()).isLessThan(1e-6);
                }
            }
        }
        for (GeneratedArea district : region.districts()) {
            List<Geometry> parts = neighbourhoods.stream()
                    .filter(n -> n.code().startsWith("BU" + district.code().substring(2)))
                    .map(GeneratedArea::outline).toList();
            Geometry union = UnaryUnionOp.union(parts);
            assertThat(union.symDifference(district.outline()).getArea()).as(district.code()).isLessThan(1e-3);
        }
        double districts = region.districts().stream().mapToDouble(d -> d.outline().getArea()).sum();
        double municipalities = region.municipalities().stream().mapToDouble(m -> m.outline().getArea()).sum();
        assertThat(districts).isCloseTo(municipalities, org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void theFilesReadBackThroughTheImportersWithoutRejections() throws Exception {
        List<Path> files = region.writeTo(folder);

        CbsCsvFile csv = CbsCsvReader.read(Files.readAllBytes(files.get(0)), DemoGeography.YEAR,
                ImportProgress.none());
        assertThat(csv.problems().hasRejections()).isFalse();
        assertThat(csv.rows()).hasSize(72);
        assertThat(csv.unknownColumns()).containsExactly("ind_wbi", "a_man", "a_vrouw");
        assertThat(csv.rows().stream().filter(row -> row.code().equals("BU99010602")).findFirst().orElseThrow()
                .figures().age0to14()).isNull();

        GeoJsonFile map = GeoJsonAreaReader.read(files.get(1), ImportProgress.none());
        assertThat(map.crs()).isEqualTo(Crs.RD);
        assertThat(map.problems().hasRejections()).isFalse();
        assertThat(map.problems().warnings()).isEmpty();
        assertThat(map.shapes()).hasSize(72);
        assertThat(new String(Files.readAllBytes(files.get(1)), StandardCharsets.UTF_8))
                .contains("\"buurtcode\":\"BU99010101\"");
    }

    @Test
    void neighbourhoodsHaveNeighboursAcrossDistrictBordersAfterReprojection() throws Exception {
        GeoJsonFile map = GeoJsonAreaReader.read(region.writeTo(folder).get(1), ImportProgress.none());
        List<AreaShape> neighbourhoods = map.shapes().stream()
                .filter(shape -> shape.level() == AreaLevel.NEIGHBOURHOOD).toList();
        List<Adjacency.Pair> pairs = Adjacency.of(neighbourhoods.stream().map(AreaShape::geometry).toList(),
                ImportProgress.none());

        assertThat(pairs.size()).isBetween(120, 200);
        assertThat(pairs).anyMatch(pair -> !neighbourhoods.get(pair.first()).code().substring(0, 8)
                .equals(neighbourhoods.get(pair.second()).code().substring(0, 8)));
        for (int i = 0; i < neighbourhoods.size(); i++) {
            int index = i;
            assertThat(pairs).as(neighbourhoods.get(i).code() + " has a neighbour")
                    .anyMatch(pair -> pair.first() == index || pair.second() == index);
        }
    }

    @Test
    void aSyntheticCountryHasTheRequestedSize() {
        DemoGeography country = DemoGeography.synthetic(6, 3, 4, 2, 7L);

        assertThat(country.municipalities()).hasSize(6);
        assertThat(country.districts()).hasSize(18);
        assertThat(country.neighbourhoods()).hasSizeBetween(66, 72);
        assertThat(country.neighbourhoods()).allMatch(n -> n.outline().isValid());
    }

    private static GeneratedArea byCode(String code) {
        return region.neighbourhoods().stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
    }
}
