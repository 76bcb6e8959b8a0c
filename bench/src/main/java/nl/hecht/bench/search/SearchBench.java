package nl.hecht.bench.search;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.hecht.bench.BenchDatabase;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.GeoPoint;
import nl.hecht.directory.SearchQuery;
import nl.hecht.directory.SearchResult;
import nl.hecht.directory.SocialMapSearch;
import nl.hecht.directory.internal.ServiceEntry;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The search benchmark of the sociale kaart (issue 5, "Done when": p95 under 20 ms over 200,000 services):
 * <pre>
 * java -Xms2g -Xmx2g -cp bench/target/benchmarks.jar nl.hecht.bench.search.SearchBench [h2|postgres]
 *      [--services=200000] [--queries=2000] [--warmup=1000] [--reindex] [--no-merge] [--jfr=file]
 * </pre>
 * <ol>
 * <li>starts Hecht (no HTTP port, no demo data, no index rebuild at start) on its own database: an H2 file in
 * {@code bench/target/search-data} ({@code HECHT_BENCH_SEARCH_DIR}), or PostgreSQL as for the other benchmarks,
 * with the Lucene index in that folder's {@code index};</li>
 * <li>when the database holds no entries, writes the synthetic sociale kaart ({@link SyntheticSocialMap}) with JDBC
 * batch inserts in Hecht's tables;</li>
 * <li>when the index does not hold every entry (or with {@code --reindex}), builds it with Hibernate Search's mass
 * indexer through Hecht's real mapping, as Hecht's own start-up rebuild does;</li>
 * <li>runs a fixed, seeded mix of searches through the real {@link SocialMapSearch#search} (Hecht's service, in its
 * read-only transaction, facets always on, 20 hits a page): first the warm-up, then the measured queries one after
 * the other, and prints p50, p95, p99 and the maximum, overall and by kind of query, as a Markdown table.</li>
 * </ol>
 */
public final class SearchBench {

    /** The kinds of search in the mix, with their share in percent. */
    enum Kind {
        TEXT(25, "free text, one word"),
        TEXT_TWO_WORDS(5, "free text, two words"),
        TEXT_IN_AREA(15, "text + a network's 12 neighbourhoods"),
        CATEGORY_IN_AREA(15, "category + network area, no text"),
        TARGET_GROUP_OPEN_NOW(10, "target group + open now, no text"),
        NO_WAITING_SELF_REFERRAL(10, "text + no waiting time + self-referral"),
        NEAR_5_KM(15, "within 5 km, by distance (half with text)"),
        PUBLIC(5, "public directory: text + category");

        final int share;
        final String description;

        Kind(int share, String description) {
            this.share = share;
            this.description = description;
        }
    }

    record Planned(Kind kind, SearchQuery query) {
    }

    static final String[] WORDS = { "schuldhulp", "schuldhulpverlening", "schulden", "ouderen", "oudere",
            "thuiszorg", "zorg", "maaltijd", "maaltijden", "dagbesteding", "fysio", "fysiotherapie", "mantelzorg",
            "taal", "jongeren", "huisarts", "wijkverpleging", "budget", "opvoed", "vrijwilligers", "geldzorgen",
            "dementie", "eenzaamheid", "buurthuis", "huis van de wijk", "voedselbank", "wmo", "informatiepunt",
            "consultatiebureau", "digicafé", "maatje", "verpleging", "formulieren", "kerk", "wandelgroep" };

    private SearchBench() {
    }

    public static void main(String[] args) {
        BenchDatabase.Kind database = BenchDatabase.Kind.H2;
        int services = 200_000;
        int queries = 2_000;
        int warmup = 1_000;
        boolean reindex = false;
        boolean merge = true;
        Path jfr = null;
        for (String arg : args) {
            if (arg.startsWith("--services=")) {
                services = Integer.parseInt(arg.substring(11));
            } else if (arg.startsWith("--queries=")) {
                queries = Integer.parseInt(arg.substring(10));
            } else if (arg.startsWith("--warmup=")) {
                warmup = Integer.parseInt(arg.substring(9));
            } else if (arg.startsWith("--jfr=")) {
                jfr = Path.of(arg.substring(6));
            } else if (arg.equals("--no-merge")) {
                merge = false;
            } else if (arg.equals("--reindex")) {
                reindex = true;
            } else {
                database = BenchDatabase.Kind.parse(arg);
            }
        }
        System.exit(run(database, services, queries, warmup, reindex, merge, jfr, System.out));
    }

    static int run(BenchDatabase.Kind kind, int services, int queries, int warmup, boolean reindex, boolean merge,
            Path jfr, PrintStream out) {
        Path folder = folder();
        List<String[]> report = new ArrayList<>();
        double loadBefore = load();
        long start = System.nanoTime();
        List<String> arguments = new ArrayList<>(List.of("--hecht.search.reindex-on-start=never",
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + folder.resolve("index")));
        if (kind == BenchDatabase.Kind.H2) {
            // Hecht's URL without WRITE_DELAY=0 (a synchronous store at every commit) and with a 256 MB page cache:
            // loading 2.5 million rows is a bulk load, not a sequence of transactions that must survive kill -9
            arguments.add("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("hecht")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;"
                    + "CACHE_SIZE=262144");
        }
        try (BenchDatabase database = BenchDatabase.start(kind, folder, arguments)) {
            print(out, "Hecht started on %s (%s) in %s", kind, kind == BenchDatabase.Kind.H2 ? folder
                    : database.location(), seconds(start));
            JdbcTemplate jdbc = database.jdbc();
            List<String> categories = jdbc.queryForList(
                    "select code from directory_taxonomy_term where vocabulary = 'CATEGORY' order by position",
                    String.class);
            List<String> targetGroups = jdbc.queryForList(
                    "select code from directory_taxonomy_term where vocabulary = 'TARGET_GROUP' order by position",
                    String.class);
            // leaves only: entries are filed under a sub-category
            List<String> leaves = jdbc.queryForList(
                    "select code from directory_taxonomy_term where vocabulary = 'CATEGORY' and parent_code is not null "
                            + "order by position", String.class);
            SyntheticSocialMap data = new SyntheticSocialMap(services, leaves, targetGroups);
            long stored = count(jdbc, "select count(*) from directory_service");
            if (stored == 0) {
                long seedStart = System.nanoTime();
                long rows = seed(database, data);
                report.add(row("seeding (JDBC batches)", "%,d rows in %s", rows, seconds(seedStart)));
                print(out, "seeded %,d services (%,d rows) in %s", services, rows, seconds(seedStart));
                stored = count(jdbc, "select count(*) from directory_service");
            } else if (stored != services) {
                out.printf("the database holds %,d entries, not %,d: delete %s (or use --services=%d)%n", stored,
                        services, folder, stored);
                return 1;
            } else {
                print(out, "the database already holds %,d services", stored);
            }
            EntityManagerFactory entityManagerFactory = database.bean(EntityManagerFactory.class);
            long indexed = indexed(database, entityManagerFactory);
            if (reindex || indexed != stored) {
                long indexStart = System.nanoTime();
                try {
                    Search.mapping(entityManagerFactory).scope(ServiceEntry.class).massIndexer()
                            .threadsToLoadObjects(2).batchSizeToLoadObjects(200).mergeSegmentsOnFinish(merge)
                            .startAndWait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 1;
                }
                report.add(row("index build (mass indexer)", "%s%s", seconds(indexStart),
                        merge ? ", merged into one segment" : ", segments not merged"));
                print(out, "index built in %s", seconds(indexStart));
                indexed = indexed(database, entityManagerFactory);
            } else {
                print(out, "the index already holds all %,d entries (--reindex to rebuild it)", indexed);
            }
            long size = size(folder.resolve("index"));
            report.add(row("data", "%,d services of %,d organisations in %,d neighbourhoods", stored,
                    data.organisations(), SyntheticSocialMap.NEIGHBOURHOODS));
            report.add(row("index", "%,d documents, %.1f MB", indexed, size / 1_048_576.0));

            SocialMapSearch search = database.bean(SocialMapSearch.class);
            List<Planned> plan = plan(data, categories, targetGroups, warmup + queries);
            long warmStart = System.nanoTime();
            for (int i = 0; i < warmup; i++) {
                search.search(plan.get(i).query());
            }
            print(out, "warm-up: %,d searches in %s", warmup, seconds(warmStart));
            long[] nanos = new long[queries];
            long[] cpuNanos = new long[queries];
            var threads = ManagementFactory.getThreadMXBean();
            jdk.jfr.Recording recording = null;
            if (jfr != null) {
                try {
                    recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                } catch (IOException | java.text.ParseException e) {
                    throw new IllegalStateException(e);
                }
                recording.start();
            }
            Map<Kind, List<Long>> byKind = new EnumMap<>(Kind.class);
            long hits = 0;
            long cpuStart = cpu();
            long runStart = System.nanoTime();
            for (int i = 0; i < queries; i++) {
                Planned planned = plan.get(warmup + i);
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                SearchResult result = search.search(planned.query());
                long took = System.nanoTime() - t0;
                cpuNanos[i] = threads.getCurrentThreadCpuTime() - c0;
                nanos[i] = took;
                hits += result.total();
                byKind.computeIfAbsent(planned.kind(), k -> new ArrayList<>()).add(took);
            }
            long wall = System.nanoTime() - runStart;
            long cpu = cpu() - cpuStart;
            if (recording != null) {
                try {
                    recording.dump(jfr);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                recording.close();
                print(out, "JFR recording of the measured searches: %s", jfr);
            }
            Arrays.sort(nanos);
            Arrays.sort(cpuNanos);
            double loadAfter = load();

            out.println();
            out.printf("## Sociale kaart search: %,d services, %s, %s%n%n", stored, kind.name().toLowerCase(Locale.ROOT),
                    java.time.LocalDate.now());
            out.println("| what | figure |");
            out.println("|---|---|");
            for (String[] line : report) {
                out.printf("| %s | %s |%n", line[0], line[1]);
            }
            out.printf("| machine | %d processors, load average %.1f before and %.1f after, Java %s |%n",
                    Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter,
                    System.getProperty("java.version"));
            out.printf("| run | %,d warm-up, then %,d searches one after the other in %.1f s (CPU %.1f s); "
                    + "%,.0f hits on average |%n", warmup, queries, wall / 1e9, cpu / 1e9, (double) hits / queries);
            out.println();
            out.println("| searches | n | p50 ms | p95 ms | p99 ms | max ms |");
            out.println("|---|---|---|---|---|---|");
            out.println(line("**all** (wall clock)", nanos));
            out.println(line("**all** (CPU time of the searching thread)", cpuNanos));
            for (Kind k : Kind.values()) {
                List<Long> list = byKind.getOrDefault(k, List.of());
                long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
                if (sorted.length > 0) {
                    out.println(line(k.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + k.description + ")",
                            sorted));
                }
            }
            double p95 = percentile(nanos, 0.95) / 1e6;
            out.printf(Locale.ROOT, "%np95 %.1f ms (wall clock; CPU %.1f ms): %s the target of 20 ms%n", p95,
                    percentile(cpuNanos, 0.95) / 1e6, p95 < 20 ? "within" : "NOT within");
            return 0;
        }
    }

    /** The seeded mix of searches. */
    static List<Planned> plan(SyntheticSocialMap data, List<String> categories, List<String> targetGroups,
            int count) {
        Random random = new Random(42);
        List<Kind> wheel = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < kind.share; i++) {
                wheel.add(kind);
            }
        }
        List<SyntheticSocialMap.Place> places = data.places();
        List<Planned> plan = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kind kind = wheel.get(random.nextInt(wheel.size()));
            String word = WORDS[random.nextInt(WORDS.length)];
            String category = categories.get(random.nextInt(categories.size()));
            String targetGroup = targetGroups.get(random.nextInt(targetGroups.size()));
            int first = random.nextInt(places.size() - 12);
            Set<NeighbourhoodCode> area = new LinkedHashSet<>();
            for (int n = first; n < first + 12; n++) {
                area.add(new NeighbourhoodCode(places.get(n).code()));
            }
            SyntheticSocialMap.Place centre = places.get(random.nextInt(places.size()));
            int page = random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 0;
            SearchQuery query = switch (kind) {
                case TEXT -> query(word, null, null, null, null, false, false, false, false, null);
                case TEXT_TWO_WORDS -> query(word + " " + WORDS[random.nextInt(WORDS.length)], null, null, null, null,
                        false, false, false, false, null);
                case TEXT_IN_AREA -> query(word, null, null, area, null, false, false, false, false, null);
                case CATEGORY_IN_AREA -> query(null, Set.of(category), null, area, null, false, false, false, false,
                        null);
                case TARGET_GROUP_OPEN_NOW -> query(null, null, Set.of(targetGroup), null, null, true, false, false,
                        false, null);
                case NO_WAITING_SELF_REFERRAL -> query(word, null, null, null, null, false, true, true, false, null);
                case NEAR_5_KM -> query(random.nextBoolean() ? word : null, null, null, null,
                        new GeoPoint(centre.latitude(), centre.longitude()), false, false, false, false,
                        SearchQuery.SortOrder.DISTANCE);
                case PUBLIC -> query(word, Set.of(category), null, null, null, false, false, false, true, null);
            };
            plan.add(new Planned(kind, query.page(page, 20)));
        }
        return plan;
    }

    private static SearchQuery query(String text, Set<String> categories, Set<String> targetGroups,
            Set<NeighbourhoodCode> neighbourhoods, GeoPoint near, boolean openNow, boolean selfReferral,
            boolean noWaiting, boolean publicOnly, SearchQuery.SortOrder sort) {
        return new SearchQuery(text, categories, targetGroups, Set.<EntryKind>of(), neighbourhoods, near,
                near == null ? null : 5.0, openNow, selfReferral, noWaiting, publicOnly, sort, 0, 20);
    }

    /** Writes the data set with JDBC batch inserts, a transaction per chunk; returns the number of rows. */
    private static long seed(BenchDatabase database, SyntheticSocialMap data) {
        JdbcTemplate jdbc = database.jdbc();
        TransactionTemplate transactions = new TransactionTemplate(database.bean(PlatformTransactionManager.class));
        long[] rows = { 0 };
        boolean h2 = database.kind() == BenchDatabase.Kind.H2;
        if (h2) {
            // H2 checks every foreign key row by row; the generator's keys are right by construction
            jdbc.execute("set referential_integrity false");
        }
        data.generate(10_000, chunk -> transactions.executeWithoutResult(status -> {
            for (String table : SyntheticSocialMap.ORDER) {
                List<Object[]> list = chunk.rows().get(table);
                for (int from = 0; from < list.size(); from += 1_000) {
                    jdbc.batchUpdate(SyntheticSocialMap.SQL.get(table), list.subList(from,
                            Math.min(list.size(), from + 1_000)));
                }
                rows[0] += list.size();
            }
        }));
        if (h2) {
            jdbc.execute("set referential_integrity true");
        }
        return rows[0];
    }

    private static long indexed(BenchDatabase database, EntityManagerFactory entityManagerFactory) {
        return new TransactionTemplate(database.bean(PlatformTransactionManager.class)).execute(status -> {
            var entityManager = entityManagerFactory.createEntityManager();
            try {
                return Search.session(entityManager).search(ServiceEntry.class).where(f -> f.matchAll())
                        .fetchTotalHitCount();
            } finally {
                entityManager.close();
            }
        });
    }

    private static String line(String label, long[] sorted) {
        return String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f |", label, sorted.length,
                percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.95) / 1e6, percentile(sorted, 0.99) / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static Path folder() {
        String configured = System.getenv("HECHT_BENCH_SEARCH_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        try {
            Path code = Path.of(SearchBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.getParent().resolve("search-data").toAbsolutePath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private static long cpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String[] row(String what, String format, Object... arguments) {
        return new String[] { what, String.format(Locale.ROOT, format, arguments) };
    }

    private static String seconds(long start) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
    }

    private static void print(PrintStream out, String format, Object... arguments) {
        out.printf(Locale.ROOT, format + "%n", arguments);
    }
}
