package nl.hecht.area.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

import nl.hecht.area.Areas;
import nl.hecht.area.KeyFigures;
import nl.hecht.area.Municipality;
import nl.hecht.area.Neighbourhood;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.jobs.ImportCommandLine;

@SpringBootTest
@AutoConfigureMockMvc // unused here: it makes this class share the context of the MockMvc tests
class AreaImportIntegrationTests {

    private static final int YEAR = 2023;

    @Autowired
    AreaImports imports;
    @Autowired
    Areas areas;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.cache.CacheManager caches;
    @Autowired
    MessageSource messages;
    @Autowired
    ConfigurableApplicationContext context;

    @TempDir
    Path folder;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        AreaTestFiles.cleanUp(jdbc, caches);
    }

    private ImportReport importCsv(List<String> rows) {
        return imports.importCbs(AreaTestFiles.write(folder, "kwb.csv", AreaTestFiles.csv(rows)), YEAR);
    }

    private ImportReport importMap(String name, String... features) {
        return imports.importMap(AreaTestFiles.write(folder, name, AreaTestFiles.map(features)));
    }

    private static NeighbourhoodCode bu(String code) {
        return new NeighbourhoodCode(code);
    }

    /** Every search page asks for these; they come from the cache, and an import is seen at once. */
    @Test
    void municipalitiesAndTheirNeighbourhoodsComeFromTheCacheAndAnImportIsSeenAtOnce() {
        List<Municipality> municipalities = areas.municipalities();
        List<MunicipalityCode> codes = municipalities.stream().map(Municipality::code).toList();
        List<Neighbourhood> neighbourhoods = areas.neighbourhoodsIn(codes);

        assertThat(areas.municipalities()).isSameAs(municipalities);
        assertThat(areas.neighbourhoodsIn(new ArrayList<>(codes))).isSameAs(neighbourhoods);
        assertThat(municipalities).extracting(Municipality::name).doesNotContain("Proefdorp");

        importCsv(AreaTestFiles.GOOD_ROWS);

        assertThat(areas.municipalities()).extracting(Municipality::name).contains("Proefdorp");
        assertThat(areas.neighbourhoodsIn(List.of(new MunicipalityCode("GM9701")))).extracting(Neighbourhood::name)
                .containsExactly("Dorpskern", "Akkers", "Bedrijventerrein");
    }

    @Test
    void importsAreasAndFiguresWithUnknownsAsNull() {
        ImportReport report = importCsv(AreaTestFiles.GOOD_ROWS);

        assertThat(report.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(report.created()).isEqualTo(5);
        assertThat(report.unknownColumns()).containsExactly("a_man");
        assertThat(areas.municipality(new MunicipalityCode("GM9701")).orElseThrow().name()).isEqualTo("Proefdorp");
        List<Neighbourhood> neighbourhoods = areas.neighbourhoodsIn(List.of(new MunicipalityCode("GM9701")));
        assertThat(neighbourhoods).extracting(Neighbourhood::name)
                .containsExactly("Dorpskern", "Akkers", "Bedrijventerrein");
        assertThat(neighbourhoods.get(0).districtName()).isEqualTo("Dorp");
        assertThat(neighbourhoods.get(0).latitude()).isNull();

        Map<NeighbourhoodCode, KeyFigures> figures = areas.latestKeyFigures(
                List.of(bu("BU97010101"), bu("BU97010103")));
        assertThat(figures.get(bu("BU97010101"))).isEqualTo(new KeyFigures(YEAR, 1500, 200, 150, 400, 400, 350, 700,
                300, 28.0, 80, 0.6, 300));
        KeyFigures secret = figures.get(bu("BU97010103"));
        assertThat(secret.inhabitants()).isEqualTo(35);
        assertThat(secret.age0to14()).isNull();
        assertThat(secret.households()).isNull();
        assertThat(secret.averageIncomePerInhabitant()).isNull();
        assertThat(secret.wmoClients()).isNull();
        assertThat(secret.distanceToGpKm()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from area_key_figures where area_code = 'BU97010103' "
                + "and age_0_14 is null and wmo_clients is null and distance_to_gp_km is null", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void reImportIsIdempotentAndAChangedFigureIsAnUpdate() {
        importCsv(AreaTestFiles.GOOD_ROWS);
        String before = AreaTestFiles.state(jdbc);

        ImportReport again = importCsv(AreaTestFiles.GOOD_ROWS);

        assertThat(again.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(AreaTestFiles.state(jdbc)).isEqualTo(before);

        List<String> changed = new ArrayList<>(AreaTestFiles.GOOD_ROWS);
        changed.set(2, changed.get(2).replace(";1500;", ";1510;"));
        ImportReport update = importCsv(changed);
        assertThat(update.updated()).isEqualTo(1);
        assertThat(update.unchanged()).isEqualTo(4);
        assertThat(areas.latestKeyFigures(List.of(bu("BU97010101"))).get(bu("BU97010101")).inhabitants())
                .isEqualTo(1510);
    }

    @Test
    void anImportWithOneBadRowChangesNothing() {
        importCsv(AreaTestFiles.GOOD_ROWS);
        String before = AreaTestFiles.state(jdbc);
        List<String> rows = new ArrayList<>(AreaTestFiles.GOOD_ROWS);
        rows.set(2, rows.get(2).replace(";1500;", ";1600;").replace("Dorpskern", "Nieuwe naam"));
        rows.add("BU97010104;Nieuw;Proefdorp;Buurt;100;;;;;;;;;;;;");
        rows.add("BU97010105;Fout;Proefdorp;Buurt;veel;;;;;;;;;;;;");

        ImportReport report = importCsv(rows);

        assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(report.errorKey()).isEqualTo("area.import.failed.rejected-lines");
        assertThat(report.rejected()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(8L);
            assertThat(problem.messageKey()).isEqualTo("area.import.line.not-a-number");
        });
        assertThat(AreaTestFiles.state(jdbc)).isEqualTo(before);
        assertThat(areas.neighbourhood(bu("BU97010104"))).isEmpty();
    }

    @Test
    void aFileWithSomeFigureColumnsLeavesTheOtherFiguresAlone() {
        importCsv(AreaTestFiles.GOOD_ROWS);
        Path partial = AreaTestFiles.write(folder, "inwoners.csv", "gwb_code_10;a_inw\nBU97010101;1555\n");

        ImportReport report = imports.importCbs(partial, YEAR);

        assertThat(report.updated()).isEqualTo(1);
        KeyFigures figures = areas.latestKeyFigures(List.of(bu("BU97010101"))).get(bu("BU97010101"));
        assertThat(figures.inhabitants()).isEqualTo(1555);
        assertThat(figures.households()).isEqualTo(700);
        assertThat(figures.averageIncomePerInhabitant()).isEqualTo(28.0);
    }

    @Test
    void theMapGivesOutlinesPointsAndNeighboursAlsoAcrossFiles() {
        importCsv(AreaTestFiles.GOOD_ROWS);
        ImportReport first = importMap("west.geojson", AreaTestFiles.squareFeature("BU97010101", 0),
                AreaTestFiles.squareFeature("BU97010102", 1));
        ImportReport second = importMap("east.geojson", AreaTestFiles.squareFeature("BU97010103", 2));

        assertThat(first.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(first.created()).isEqualTo(2);
        assertThat(second.created()).isEqualTo(1);
        Map<NeighbourhoodCode, Set<NeighbourhoodCode>> neighbours = areas.neighbours(
                List.of(bu("BU97010101"), bu("BU97010102"), bu("BU97010103")));
        assertThat(neighbours.get(bu("BU97010101"))).containsExactly(bu("BU97010102"));
        assertThat(neighbours.get(bu("BU97010102"))).containsExactlyInAnyOrder(bu("BU97010101"), bu("BU97010103"));
        assertThat(neighbours.get(bu("BU97010103"))).containsExactly(bu("BU97010102"));
        Neighbourhood dorpskern = areas.neighbourhood(bu("BU97010101")).orElseThrow();
        assertThat(dorpskern.latitude()).isBetween(52.5, 52.51);
        assertThat(dorpskern.longitude()).isBetween(6.0, 6.01);
        assertThat(areas.geometries(List.of(bu("BU97010101"))).get(bu("BU97010101")))
                .startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[6");

        String before = AreaTestFiles.state(jdbc);
        ImportReport again = importMap("west.geojson", AreaTestFiles.squareFeature("BU97010101", 0),
                AreaTestFiles.squareFeature("BU97010102", 1));
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(AreaTestFiles.state(jdbc)).isEqualTo(before);
    }

    @Test
    void aMapWithOneBadFeatureChangesNothing() {
        importCsv(AreaTestFiles.GOOD_ROWS);
        importMap("west.geojson", AreaTestFiles.squareFeature("BU97010101", 0));
        String before = AreaTestFiles.state(jdbc);

        ImportReport report = importMap("broken.geojson", AreaTestFiles.squareFeature("BU97010101", 5),
                AreaTestFiles.squareFeature("BU97010102", 1), AreaTestFiles.squareFeature("XX97010103", 2));

        assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(report.rejected()).singleElement().satisfies(problem -> {
            assertThat(problem.feature()).isEqualTo(3);
            assertThat(problem.line()).isEqualTo(4L);
        });
        assertThat(AreaTestFiles.state(jdbc)).isEqualTo(before);
    }

    @Test
    void theDemoRegionIsThereWithFiguresOutlinesAndNeighbours() {
        List<Neighbourhood> region = areas.neighbourhoodsIn(List.of(new MunicipalityCode("GM9901"),
                new MunicipalityCode("GM9902")));
        List<NeighbourhoodCode> codes = region.stream().map(Neighbourhood::code).toList();

        assertThat(region).hasSize(60).allSatisfy(n -> assertThat(n.latitude()).isNotNull());
        assertThat(areas.municipalities()).extracting(m -> m.code().value()).contains("GM9901", "GM9902");
        Map<NeighbourhoodCode, KeyFigures> figures = areas.latestKeyFigures(codes);
        assertThat(figures).hasSize(60);
        assertThat(figures.values().stream().mapToInt(KeyFigures::inhabitants).sum()).isBetween(119_000, 121_000);
        assertThat(figures.get(bu("BU99010602")).age0to14()).isNull();
        assertThat(areas.geometries(codes)).hasSize(60);
        Map<NeighbourhoodCode, Set<NeighbourhoodCode>> neighbours = areas.neighbours(codes);
        assertThat(neighbours).hasSize(60);
        neighbours.forEach((code, others) -> others.forEach(other ->
                assertThat(neighbours.get(other)).as(other + " borders " + code).contains(code)));
    }

    @Test
    void theCommandLineImportsPrintsTheReportAndGivesAnExitCode() {
        Path good = AreaTestFiles.write(folder, "good.csv", AreaTestFiles.csv(AreaTestFiles.GOOD_ROWS));
        Path bad = AreaTestFiles.write(folder, "bad.csv", AreaTestFiles.csv(List.of(
                "BU97010101;Dorpskern;Proefdorp;Buurt;-5;;;;;;;;;;;;")));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = commandLine(good, YEAR).run(new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Kerncijfers (CSV) uit good.csv")
                .contains("Gelukt: 5 regels gelezen, 5 nieuw").contains("a_man");

        out.reset();
        exit = commandLine(bad, YEAR).run(new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Mislukt, er is niets gewijzigd.")
                .contains("regel 2: Kolom a_inw: ‘-5’ is negatief.");
    }

    private ImportCommandLine commandLine(Path csv, int year) {
        MockEnvironment environment = new MockEnvironment().withProperty("hecht.import.cbs", csv.toString())
                .withProperty("hecht.import.year", Integer.toString(year));
        return new ImportCommandLine(List.of(new AreaImportCommand(imports)), messages, environment, context);
    }
}
