package nl.hecht.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;

import nl.hecht.HttpTestClient;

/**
 * Sessions live in the database (Spring Session JDBC), so any node can serve any request: the row is named by the
 * account id, not the username; it expires after 30 minutes without a request and, however busy, 12 hours after the
 * login began. Requests of one session that run at once all succeed, also when each adds the same attribute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionStoreIntegrationTests {

    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration ABSOLUTE = Duration.ofHours(12);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Test
    void loggedInSessionIsARowNamedByAccountIdWithThirtyMinutesIdleTimeout() {
        HttpTestClient client = loggedIn("nurse");
        String accountId = accounts.findByUsername("nurse").orElseThrow().id().toString();

        Map<String, Object> row = jdbc.queryForMap("select principal_name, max_inactive_interval, last_access_time, "
                + "expiry_time from spring_session where session_id = ?", sessionId(client));

        assertThat(row.get("principal_name")).isEqualTo(accountId);
        assertThat(((Number) row.get("max_inactive_interval")).intValue()).isEqualTo(1800);
        assertThat(((Number) row.get("expiry_time")).longValue() - ((Number) row.get("last_access_time")).longValue())
                .isEqualTo(IDLE.toMillis());
        assertThat(jdbc.queryForObject("select count(*) from spring_session where lower(principal_name) = 'nurse'",
                Integer.class)).as("sessions named by username").isZero();
    }

    @Test
    void sessionIdleForThirtyMinutesIsOver() {
        HttpTestClient client = loggedIn("pharmacist");
        String session = sessionId(client);

        lastAccessAgo(session, IDLE.minusMinutes(1));
        assertThat(client.get("/").statusCode()).as("idle 29 minutes").isEqualTo(200);

        lastAccessAgo(session, IDLE.plusMinutes(1));
        HttpResponse<String> afterIdle = client.get("/");
        assertThat(afterIdle.statusCode()).as("idle 31 minutes").isEqualTo(302);
        assertThat(URI.create(HttpTestClient.location(afterIdle)).getPath()).isEqualTo("/login");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
                session)).as("expired session removed").isZero();
    }

    @Test
    void sessionTwelveHoursOldIsOverHoweverActive() {
        HttpTestClient client = loggedIn("coordinator");
        String session = sessionId(client);

        createdAgo(session, ABSOLUTE.minusMinutes(1));
        assertThat(client.get("/").statusCode()).as("11 h 59 min old").isEqualTo(200);

        createdAgo(session, ABSOLUTE.plusMinutes(1));
        HttpResponse<String> afterLimit = client.get("/");
        assertThat(afterLimit.statusCode()).as("12 h 1 min old").isEqualTo(302);
        assertThat(HttpTestClient.location(afterLimit)).endsWith("/login?expired");
        assertThat(client.get("/").statusCode()).as("no way back into the old session").isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
                session)).as("session removed").isZero();
    }

    /**
     * Abandoned sessions do not pile up: the store's clean-up is scheduled (every minute unless configured otherwise)
     * and deletes an expired session with its attributes, and no other.
     */
    @Test
    void expiredSessionsAreCleanedUpWithTheirAttributes() {
        Object cron = ReflectionTestUtils.getField(sessions, "cleanupCron");
        assertThat(cron).as("clean-up scheduled").isEqualTo("0 * * * * *");
        assertThat(CronExpression.isValidExpression((String) cron)).isTrue();
        long now = System.currentTimeMillis();
        String expired = storedSession(now - IDLE.toMillis() - 60_000);
        String live = storedSession(now);

        sessions.cleanUpExpiredSessions();

        assertThat(jdbc.queryForObject("select count(*) from spring_session where primary_id = ?", Integer.class,
                expired)).as("expired session").isZero();
        assertThat(jdbc.queryForObject("select count(*) from spring_session_attributes where session_primary_id = ?",
                Integer.class, expired)).as("its attributes").isZero();
        assertThat(jdbc.queryForObject("select count(*) from spring_session where primary_id = ?", Integer.class,
                live)).as("live session").isOne();
        jdbc.update("delete from spring_session where primary_id = ?", live);
    }

    /** A session row with one attribute, last used at the given time; returns its primary id. */
    private String storedSession(long lastAccess) {
        String primaryId = UUID.randomUUID().toString();
        jdbc.update("insert into spring_session (primary_id, session_id, creation_time, last_access_time, "
                + "max_inactive_interval, expiry_time, principal_name) values (?, ?, ?, ?, ?, ?, null)", primaryId,
                UUID.randomUUID().toString(), lastAccess, lastAccess, (int) IDLE.toSeconds(), lastAccess + IDLE.toMillis());
        jdbc.update("insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes) "
                + "values (?, 'probe', ?)", primaryId, new byte[] {1, 2, 3});
        return primaryId;
    }

    /**
     * Two requests of one session that ran at once each added the flash messages to a session that
     * had none, and the second insert of the attribute row failed (duplicate key in spring_session_attributes): a 500
     * for a request whose work was done. Here rounds of concurrent posts of one session, each coming back with a flash
     * message (a size justification that is too long, so nothing else changes), must all be answered with the redirect.
     */
    @Test
    void concurrentRequestsOfOneSessionThatEachAddAnAttributeAllSucceed() throws Exception {
        HttpTestClient client = loggedIn("resv");
        UUID network = jdbc.queryForObject("select n.id from network_network n join network_region r on r.id = n.region_id "
                + "where r.name = 'Regio Voorbeeld' order by n.name limit 1", UUID.class);
        HttpResponse<String> page = client.get("/networks/" + network);
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("CSRF field on the network page").isTrue();
        String cookies = "SESSION=" + client.cookie("SESSION").orElseThrow()
                + client.cookie("XSRF-TOKEN").map(value -> "; XSRF-TOKEN=" + value).orElse("");
        String body = "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&justification="
                + "x".repeat(2001);
        String primaryId = jdbc.queryForObject("select primary_id from spring_session where session_id = ?",
                String.class, sessionId(client));

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/networks/" + network
                + "/size-justification")).header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        int parallel = 12;
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                jdbc.update("delete from spring_session_attributes where session_primary_id = ? "
                        + "and attribute_name like '%FLASH_MAPS'", primaryId);
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < parallel; i++) {
                    answers.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                            return http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, threads));
                }
                start.countDown();
                for (CompletableFuture<Integer> answer : answers) {
                    statuses.add(answer.get(90, TimeUnit.SECONDS));
                }
            }
            assertThat(statuses).as("answers to concurrent requests of one session").containsOnly(302);
        } finally {
            threads.shutdownNow();
        }
        assertThat(client.get("/networks/" + network).statusCode()).as("the session still works").isEqualTo(200);
    }

    private HttpTestClient loggedIn(String username) {
        HttpTestClient client = new HttpTestClient(port);
        client.logInDemo(username);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        return client;
    }

    /** The session id in the database: the SESSION cookie holds it base64-encoded. */
    private static String sessionId(HttpTestClient client) {
        String cookie = client.cookie("SESSION").orElseThrow();
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);
    }

    private void lastAccessAgo(String session, Duration ago) {
        long lastAccess = System.currentTimeMillis() - ago.toMillis();
        long maxInactiveMillis = 1000L * jdbc.queryForObject(
                "select max_inactive_interval from spring_session where session_id = ?", Integer.class, session);
        assertThat(jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?",
                lastAccess, lastAccess + maxInactiveMillis, session)).isOne();
    }

    private void createdAgo(String session, Duration ago) {
        assertThat(jdbc.update("update spring_session set creation_time = ? where session_id = ?",
                System.currentTimeMillis() - ago.toMillis(), session)).isOne();
    }
}
