package nl.hecht.bench.jmh;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Adds two figures to every benchmark, for a machine shared with other work, where wall time per operation depends
 * on how much CPU the benchmark gets:
 * <ul>
 * <li>{@code ·cpu.time.norm}: CPU time of the benchmark JVM (all its threads: the benchmark thread, GC and JIT) per
 * operation, in ms. It hardly changes with the machine's load. A database server in another process (PostgreSQL)
 * is not in it; the embedded H2 is.</li>
 * <li>{@code ·load.average}: the system's one-minute load average at the end of each iteration.</li>
 * </ul>
 * Use with {@code -prof nl.hecht.bench.jmh.CpuTimeProfiler}.
 */
public class CpuTimeProfiler implements InternalProfiler {

    private long cpuAtStart;

    @Override
    public String getDescription() {
        return "process CPU time per operation and the system load average";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = processCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long cpu = processCpuNanos() - cpuAtStart;
        long operations = result.getMetadata().getMeasuredOps();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return List.of(
                new ScalarResult("cpu.time.norm", operations == 0 ? Double.NaN : cpu / 1e6 / operations, "ms/op",
                        AggregationPolicy.AVG),
                new ScalarResult("load.average", load, "", AggregationPolicy.AVG));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
