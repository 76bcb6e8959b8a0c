package nl.hecht.area.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.hecht.area.internal.GeoJsonAreaReader.GeoJsonFile;
import nl.hecht.shared.jobs.ImportProgress;

/**
 * Measures the import of a national-size CBS CSV (about 17,000 rows) and map, and the neighbour computation for
 * about 14,500 neighbourhoods. Not part of the normal suite; run it with
 * <pre>
 * mvn -B test -Dtest=AreaImportBenchmark -Dhecht.bench=true [-Ppostgres]
 * </pre>
 * It prints its figures (lines starting with {@code BENCH}) and fails when an import takes longer than a minute.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "hecht.bench", matches = "true")
@SpringBootTest
class AreaImportBenchmark {

    /** 345 municipalities of 6 districts of 7 neighbourhoods: 14,490 neighbourhoods, 16,905 CSV rows. */
    private static final int MUNICIPALITIES = 345;
    private static final int DISTRICTS = 6;
    private static final int NEIGHBOURHOODS = 7;
    private static final int YEAR = 2024;

    @Autowired
    AreaImports imports;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    static Path folder;

    private static JdbcTemplate cleanup;

    @Test
    void nationalImport() throws Exception {
        cleanup = jdbc;
        print("load average %.1f on %d processors", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        long cpu = cpu();
        DemoGeography country = DemoGeography.synthetic(MUNICIPALITIES, DISTRICTS, NEIGHBOURHOODS, 8, 2024L);
        Path csv = Files.write(folder.resolve("kwb-national.csv"), country.csv());
        Path map = Files.write(folder.resolve("wijkenbuurten-national.geojson"), country.geoJson(true));
        print("generated %,d municipalities, %,d districts, %,d neighbourhoods in %,d ms; CSV %,d kB, GeoJSON (RD) %,d kB",
                country.municipalities().size(), country.districts().size(), country.neighbourhoods().size(),
                millis(start), Files.size(csv) / 1024, Files.size(map) / 1024);

        start = System.nanoTime();
        cpu = cpu();
        ImportReport first = imports.importCbs(csv, YEAR);
        long firstCsv = millis(start);
        print("CSV import, empty database: %,d rows (%,d new) in %,d ms (process CPU %,d ms)", first.rowsRead(),
                first.created(), firstCsv, cpu() - cpu);
        start = System.nanoTime();
        cpu = cpu();
        ImportReport again = imports.importCbs(csv, YEAR);
        long secondCsv = millis(start);
        print("CSV re-import, same file: %,d rows (%,d unchanged) in %,d ms (process CPU %,d ms)", again.rowsRead(),
                again.unchanged(), secondCsv, cpu() - cpu);

        start = System.nanoTime();
        GeoJsonFile read = GeoJsonAreaReader.read(map, ImportProgress.none());
        long reading = millis(start);
        List<AreaShape> neighbourhoods = read.shapes().stream()
                .filter(shape -> shape.level() == AreaLevel.NEIGHBOURHOOD).toList();
        long points = neighbourhoods.stream().mapToLong(shape -> shape.geometry().getNumPoints()).sum();
        start = System.nanoTime();
        cpu = cpu();
        List<Adjacency.Pair> pairs = Adjacency.of(neighbourhoods.stream().map(AreaShape::geometry).toList(),
                ImportProgress.none());
        long adjacency = millis(start);
        long adjacencyCpu = cpu() - cpu;
        print("GeoJSON read, RD to WGS84, checked: %,d features in %,d ms", read.featuresRead(), reading);
        print("adjacency of %,d neighbourhood polygons (%,d points, %.0f per polygon): %,d pairs in %,d ms "
                + "(process CPU %,d ms)", neighbourhoods.size(), points, (double) points / neighbourhoods.size(),
                pairs.size(), adjacency, adjacencyCpu);

        start = System.nanoTime();
        cpu = cpu();
        ImportReport mapReport = imports.importMap(map);
        long mapImport = millis(start);
        print("map import, all levels with neighbours: %,d features (%,d new) in %,d ms (process CPU %,d ms)",
                mapReport.rowsRead(), mapReport.created(), mapImport, cpu() - cpu);
        start = System.nanoTime();
        cpu = cpu();
        ImportReport mapAgain = imports.importMap(map);
        print("map re-import, same file: %,d features (%,d unchanged) in %,d ms (process CPU %,d ms)",
                mapAgain.rowsRead(), mapAgain.unchanged(), millis(start), cpu() - cpu);

        assertThat(first.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(first.rowsRead()).isBetween(16_000, 18_000);
        assertThat(again.unchanged()).isEqualTo(first.rowsRead());
        assertThat(mapReport.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(neighbourhoods).hasSizeGreaterThan(14_000);
        assertThat(firstCsv).isLessThan(60_000);
        assertThat(adjacency).isLessThan(60_000);
        assertThat(mapImport).isLessThan(180_000);
    }

    @AfterAll
    static void removeTheCountry() {
        if (cleanup != null) {
            cleanup.update("delete from area_neighbour where area_code like '__5%'");
            cleanup.update("delete from area_geometry where area_code like '__5%'");
            cleanup.update("delete from area_key_figures where area_code like '__5%'");
            cleanup.update("delete from area where code like 'BU5%'");
            cleanup.update("delete from area where code like 'WK5%'");
            cleanup.update("delete from area where code like 'GM5%'");
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** CPU time of the whole process (all threads, GC included) in ms: the machine is shared, wall time varies. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    private static void print(String format, Object... arguments) {
        System.out.println("BENCH " + String.format(java.util.Locale.ROOT, format, arguments));
    }
}
