package nl.hecht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A committed transaction on the embedded H2 database survives {@code kill -9}.
 * <p>
 * A child JVM ({@link H2DurabilityChild}) opens the database with exactly the JDBC URL of
 * {@code application.properties} (only {@code ${hecht.data-dir}} is pointed at a temporary folder) and commits one row
 * per transaction, printing each id after its commit returned. This test reads the ids, kills the child with SIGKILL
 * ({@link ProcessHandle#destroyForcibly()} on Linux: no shutdown hook runs, so H2 cannot close or flush anything),
 * reopens the database and requires every reported id to be there.
 * <p>
 * Why {@code WRITE_DELAY=0}: H2 2.4's MVStore writes committed changes to the file from a background thread every
 * {@code WRITE_DELAY} milliseconds (default 500). With a delay of 0 there is no background writer and
 * {@code TransactionStore.endTransaction} calls {@code MVStore.commit()}, which writes the chunk to the file (into the
 * operating system's cache, which a killed process cannot lose) before the JDBC commit returns.
 * <p>
 * The test can fail. Observed on 2026-11-24 (2 cores, H2 2.4.240): with {@code WRITE_DELAY=0} taken out of the URL
 * (so H2's default of 500 ms applies) all 10 of 10 runs failed; the child had reported 23,706 to 44,700 commits in
 * its 1.5 s and the reopened database missed 1,707 to 22,071 of them. With {@code WRITE_DELAY=0} all 16 of 16 runs
 * passed (in the last 8, 871 to 7,736 commits reported and none missing; twice the database held one row more: the
 * commit in flight at the kill). It does not cover power loss: H2 does not fsync every commit; that is what
 * PostgreSQL is for.
 */
class H2DurabilityTests {

    /** Ids the child must have reported before it is killed, so it is killed in the middle of its work. */
    static final int REPORTED_BEFORE_KILL = 300;

    /** How long the child commits before it is killed: longer than H2's default write delay of 500 ms. */
    static final Duration RUNNING_BEFORE_KILL = Duration.ofMillis(1500);

    @TempDir
    Path dataDir;

    @RepeatedTest(2)
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void everyReportedCommitSurvivesKillMinus9() throws Exception {
        String url = configuredH2Url(dataDir);
        createProbeTable(url);

        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                H2DurabilityChild.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<Long> reported = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as("child opened the database").isEqualTo("ready");
            long start = System.nanoTime();
            long earliestKill = start + RUNNING_BEFORE_KILL.toNanos();
            long deadline = start + Duration.ofSeconds(60).toNanos();
            while ((reported.size() < REPORTED_BEFORE_KILL || System.nanoTime() < earliestKill)
                    && System.nanoTime() < deadline) {
                String line = out.readLine();
                assertThat(line).as("child still running after %d commits", reported.size()).isNotNull();
                reported.add(Long.parseLong(line));
            }
            assertThat(reported).as("commits reported within 60 s").hasSizeGreaterThanOrEqualTo(REPORTED_BEFORE_KILL);

            // SIGKILL through the process handle, which (unlike Process.destroyForcibly) leaves the pipe open.
            assertThat(child.toHandle().destroyForcibly()).as("kill requested").isTrue();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child ended").isTrue();
            // Ids the child printed before it died are in the pipe still: they were committed too.
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.matches("\\d+")) {
                    reported.add(Long.parseLong(line));
                }
            }
        } finally {
            child.destroyForcibly();
        }
        // 128 + 9: the child died of SIGKILL, not of a clean exit or a SIGTERM that would have let H2 close the file.
        assertThat(child.exitValue()).as("exit status of a process killed with signal 9").isEqualTo(137);

        Set<Long> stored = storedIds(url);
        assertThat(stored).as("rows committed before kill -9").containsAll(reported);
        assertThat(stored.size()).as("at most the one transaction in flight is extra")
                .isLessThanOrEqualTo(reported.size() + 1);
    }

    /** The H2 URL of application.properties, with hecht.data-dir pointed at the given folder. */
    static String configuredH2Url(Path dataDir) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = H2DurabilityTests.class.getResourceAsStream("/application.properties")) {
            assertThat(in).as("application.properties on the class path").isNotNull();
            properties.load(in);
        }
        String configured = properties.getProperty("spring.datasource.url");
        assertThat(configured).startsWith("jdbc:h2:file:${hecht.data-dir}/");
        String url = configured.replace("${hecht.data-dir}", dataDir.toAbsolutePath().toString());
        assertThat(url).doesNotContain("${");
        return url;
    }

    /** Creates the table and closes the database cleanly, so the child's run is only about its commits. */
    private static void createProbeTable(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table durability_probe (id bigint primary key, written_at bigint not null)");
        }
    }

    private static Set<Long> storedIds(String url) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from durability_probe")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static String javaBinary() {
        String os = System.getProperty("os.name");
        assertThat(os).as("SIGKILL semantics of ProcessHandle.destroyForcibly() (Linux/Unix)")
                .doesNotStartWith("Windows");
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
