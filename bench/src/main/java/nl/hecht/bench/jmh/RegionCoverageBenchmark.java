package nl.hecht.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import nl.hecht.bench.BenchDatabase;
import nl.hecht.bench.NationalDataSet;
import nl.hecht.bench.RegionCoverageService;
import nl.hecht.bench.Seeder;
import nl.hecht.network.RegionId;
import nl.hecht.network.RegionSummary;
import nl.hecht.network.internal.coverage.CoverageReport;

/**
 * The coverage of a region end to end, through the network module's service and the database (see
 * {@link RegionCoverageService}), on the national data set in H2 and in PostgreSQL. Each fork starts Hecht against
 * the database and seeds it first when it is empty (so the first run takes a minute longer).
 * <ul>
 * <li>{@link #largestRegion}: the region with the most neighbourhoods;</li>
 * <li>{@link #everyRegion}: all 25 regions one after the other: 14,500 neighbourhoods and 1,200 core networks.</li>
 * </ul>
 * Run one database with {@code -p database=h2} or {@code -p database=postgres}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RegionCoverageBenchmark {

    @Param({"h2", "postgres"})
    public String database;

    private BenchDatabase bench;
    private RegionCoverageService service;
    private RegionId largest;
    private List<RegionId> regions;

    @Setup(Level.Trial)
    public void start() {
        bench = BenchDatabase.start(BenchDatabase.Kind.parse(database));
        new Seeder(bench).ensureSeeded(NationalDataSet.national());
        service = new RegionCoverageService(bench);
        RegionSummary region = service.largest();
        largest = region.id();
        regions = service.regions().stream().map(RegionSummary::id).toList();
        System.out.printf("%n%s: largest region %s: %s%n", database, region.name(),
                nl.hecht.bench.CoverageSummary.of(service.coverage(largest)));
    }

    @TearDown(Level.Trial)
    public void stop() {
        bench.close();
    }

    @Benchmark
    @Warmup(iterations = 4, time = 3)
    @Measurement(iterations = 5, time = 4)
    public CoverageReport largestRegion() {
        return service.coverage(largest);
    }

    @Benchmark
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 6)
    public void everyRegion(Blackhole blackhole) {
        for (RegionId region : regions) {
            blackhole.consume(service.coverage(region));
        }
    }
}
