package nl.hecht.bench.jmh;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import nl.hecht.bench.CoverageInput;
import nl.hecht.bench.CoverageInput.Facts;
import nl.hecht.bench.NationalDataSet;
import nl.hecht.network.internal.coverage.CoverageAnalysis;
import nl.hecht.network.internal.coverage.CoverageReport;

/**
 * The pure, in-memory coverage analysis ({@code CoverageAnalysis.analyse}) on the synthetic national data set, no
 * database: the input is built once from the data set, as {@code CoverageService} would load it.
 * <ul>
 * <li>{@link #national}: the whole country as one region, 14,500 neighbourhoods and all 1,200 core and the thematic
 * networks in one analysis: the size issue 4 sets its target (under 1 s) for;</li>
 * <li>{@link #everyRegion}: the 25 regions one after the other, each with its own neighbourhoods and networks.</li>
 * </ul>
 * Sample time: JMH reports the mean and the percentiles (p0.95, p0.99) of single calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CoverageAnalysisBenchmark {

    private Facts national;
    private List<Facts> regions;

    @Setup(Level.Trial)
    public void generate() {
        NationalDataSet data = NationalDataSet.national();
        LocalDate today = LocalDate.now();
        national = CoverageInput.national(data, today);
        regions = CoverageInput.perRegion(data, today);
    }

    @Benchmark
    public CoverageReport national() {
        return CoverageAnalysis.analyse(national.advice(), national.areas(), national.networks());
    }

    @Benchmark
    public void everyRegion(Blackhole blackhole) {
        for (Facts region : regions) {
            blackhole.consume(CoverageAnalysis.analyse(region.advice(), region.areas(), region.networks()));
        }
    }
}
