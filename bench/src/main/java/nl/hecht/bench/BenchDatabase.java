package nl.hecht.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.hecht.HechtApplication;

/**
 * Hecht's whole Spring context, started against the benchmark database, without an HTTP port and without demo
 * data. Flyway creates the schema on first start, as in production.
 * <ul>
 * <li>{@code h2}: an H2 file in {@code HECHT_BENCH_H2_DIR}, by default {@code bench/target/bench-data} (beside
 * {@code benchmarks.jar}), with the JDBC URL of Hecht's default configuration;</li>
 * <li>{@code postgres}: Hecht's {@code postgres} profile with {@code HECHT_BENCH_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/hecht_bench?reWriteBatchedInserts=true}), {@code HECHT_BENCH_PG_USER}
 * (default {@code postgres}) and {@code HECHT_BENCH_PG_PASSWORD}. Create the database first:
 * {@code createdb -h 127.0.0.1 -U postgres hecht_bench}.</li>
 * </ul>
 * Environment variables, because JMH's forked benchmark JVMs inherit them (and not the system properties).
 */
public final class BenchDatabase implements AutoCloseable {

    public enum Kind {
        H2, POSTGRES;

        public static Kind parse(String value) {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    private final Kind kind;
    private final ConfigurableApplicationContext context;

    private BenchDatabase(Kind kind, ConfigurableApplicationContext context) {
        this.kind = kind;
        this.context = context;
    }

    public static BenchDatabase start(Kind kind) {
        return start(kind, h2Folder(), List.of());
    }

    /**
     * Hecht against the database, with H2's files in the given folder (PostgreSQL: the configured URL) and extra
     * command-line arguments (e.g. {@code --hecht.search.reindex-on-start=never}).
     */
    public static BenchDatabase start(Kind kind, Path h2Folder, List<String> extra) {
        // command-line arguments: they win over any HECHT_* or SPRING_* variable of the caller's environment
        List<String> arguments = new ArrayList<>(List.of("--server.port=-1", "--hecht.demo.enabled=false",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--spring.jpa.open-in-view=false",
                // two known start-up warnings that say nothing about the benchmark: Flyway has not yet been verified
                // with this H2 version; Hecht configures its own authentication provider
                "--logging.level.org.flywaydb.core.internal.database.base.Database=ERROR",
                "--logging.level.org.springframework.security.config.annotation.authentication.configuration."
                        + "InitializeUserDetailsBeanManagerConfigurer=ERROR"));
        if (kind == Kind.H2) {
            arguments.add("--spring.profiles.active=default");
            arguments.add("--hecht.data-dir=" + h2Folder);
        } else {
            arguments.add("--spring.profiles.active=postgres");
            arguments.add("--spring.datasource.url=" + postgresUrl());
            arguments.add("--spring.datasource.username=" + env("HECHT_BENCH_PG_USER", "postgres"));
            arguments.add("--spring.datasource.password=" + env("HECHT_BENCH_PG_PASSWORD", ""));
        }
        arguments.addAll(extra);
        SpringApplication application = new SpringApplication(HechtApplication.class);
        application.setRegisterShutdownHook(false);
        return new BenchDatabase(kind, application.run(arguments.toArray(String[]::new)));
    }

    public Kind kind() {
        return kind;
    }

    /** Where the data is: the H2 folder or the PostgreSQL URL. */
    public String location() {
        return kind == Kind.H2 ? h2Folder().toString() : postgresUrl();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    @Override
    public void close() {
        context.close();
    }

    static Path h2Folder() {
        String configured = System.getenv("HECHT_BENCH_H2_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        try {
            Path code = Path.of(BenchDatabase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // bench/target/benchmarks.jar or, run from an IDE, bench/target/classes
            return code.getParent().resolve("bench-data").toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String postgresUrl() {
        return env("HECHT_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/hecht_bench?reWriteBatchedInserts=true");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
