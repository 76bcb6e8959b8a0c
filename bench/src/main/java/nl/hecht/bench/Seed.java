package nl.hecht.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import nl.hecht.bench.CoverageInput.Facts;
import nl.hecht.network.RegionSummary;
import nl.hecht.network.internal.coverage.CoverageAnalysis;

/**
 * Seeds the benchmark database with the national data set and checks it:
 * <pre>
 * java -cp bench/target/benchmarks.jar nl.hecht.bench.Seed h2|postgres
 * </pre>
 * Generates the data set, starts Hecht against the database (see {@link BenchDatabase}), seeds it unless it already
 * holds the data set, then computes the coverage of every region end to end (through the database) and in memory
 * (the same facts built from the data set) and fails unless the two agree. Prints the times: wall clock, and the
 * CPU time of this process in brackets, which a loaded machine changes less. Exit status 0 when all is well.
 */
public final class Seed {

    private Seed() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp bench/target/benchmarks.jar nl.hecht.bench.Seed h2|postgres");
            System.exit(2);
        }
        System.exit(run(BenchDatabase.Kind.parse(args[0]), System.out));
    }

    static int run(BenchDatabase.Kind kind, PrintStream out) {
        print(out, "load average %.2f on %d processors", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        Timer timer = new Timer();
        NationalDataSet data = NationalDataSet.national();
        print(out, "data set: %s; generated in %s", data.summary(), timer.lap());
        try (BenchDatabase database = BenchDatabase.start(kind)) {
            print(out, "Hecht started on %s (%s) in %s", kind, database.location(), timer.lap());
            Seeder.Outcome outcome = new Seeder(database).ensureSeeded(data);
            if (outcome.seeded()) {
                print(out, "seeded in %s; CBS import: %,d rows read, %,d created", timer.lap(),
                        outcome.areaImport().rowsRead(), outcome.areaImport().created());
            } else {
                print(out, "the database already holds the data set (checked in %s)", timer.lap());
            }
            return check(data, database, out, timer);
        }
    }

    /** The coverage of every region through the database equals the in-memory analysis of the same data. */
    private static int check(NationalDataSet data, BenchDatabase database, PrintStream out, Timer timer) {
        RegionCoverageService service = new RegionCoverageService(database);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        List<Facts> expected = CoverageInput.perRegion(data, today);
        List<RegionSummary> regions = service.regions();
        if (regions.size() != expected.size()) {
            print(out, "FAILED: %d regions in the database, %d in the data set", regions.size(), expected.size());
            return 1;
        }
        timer.lap();
        CoverageSummary national = CoverageSummary.none();
        int differences = 0;
        for (RegionSummary region : regions) {
            CoverageSummary actual = CoverageSummary.of(service.coverage(region.id()));
            Facts facts = expected.stream().filter(f -> f.name().equals(region.name())).findFirst().orElseThrow();
            CoverageSummary wanted = CoverageSummary.of(CoverageAnalysis.analyse(facts.advice(), facts.areas(),
                    facts.networks()));
            if (!actual.equals(wanted)) {
                differences++;
                print(out, "DIFFERENT %s:%n  database  %s%n  in memory %s", region.name(), actual, wanted);
            }
            national = national.plus(actual);
        }
        print(out, "coverage of all %d regions through the database, first run (cold): %s", regions.size(),
                timer.lap());
        print(out, "national: %s", national);
        if (differences > 0) {
            print(out, "FAILED: %d regions differ between the database and the in-memory analysis", differences);
            return 1;
        }
        print(out, "OK: every region's coverage through the database equals the in-memory analysis");
        return 0;
    }

    private static void print(PrintStream out, String format, Object... arguments) {
        out.println("BENCH " + String.format(Locale.ROOT, format, arguments));
    }

    /** Wall time and process CPU time since the last lap. */
    private static final class Timer {

        private long wall = System.nanoTime();
        private long cpu = cpu();

        String lap() {
            long now = System.nanoTime();
            long cpuNow = cpu();
            String text = String.format(Locale.ROOT, "%,d ms (CPU %,d ms)", (now - wall) / 1_000_000,
                    (cpuNow - cpu) / 1_000_000);
            wall = now;
            cpu = cpuNow;
            return text;
        }

        private static long cpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }
}
