package nl.hecht.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.hecht.HttpTestClient;

/**
 * Sessions live in the database (Spring Session JDBC), so any node can serve any request: the row is named by the
 * account id, not the username; it expires after 30 minutes without a request and, however busy, 12 hours after the
 * login began.
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
