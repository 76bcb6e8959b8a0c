package nl.hecht;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Redirects never name the host the request's Host header gave: without trusted forwarded headers that header is the
 * client's choice, and a Location built from it would send people (or a cache) elsewhere. Against real Tomcat, which
 * MockMvc is not: Tomcat itself makes a relative redirect absolute unless told not to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostHeaderRedirectIntegrationTests {

    private static final String EVIL = "evil.example";

    @LocalServerPort
    int port;

    @Test
    void noRedirectOfTheLoginAndLogoutNamesTheHostOfTheRequest() {
        RawHttpClient client = new RawHttpClient(port, EVIL);

        redirectsTo(client.get("/"), "/login");
        redirectsTo(client.get("/profile"), "/login");
        assertThat(client.get("/login").status()).isEqualTo(200);
        redirectsTo(client.post("/login", Map.of("username", "nurse", "password", "niet het wachtwoord")), "/login");

        client.logIn("nurse", HttpTestClient.DEMO_PASSWORD, HttpTestClient.DEMO_TOTP_SECRET);
        redirectsTo(client.get("/login"), "/");
        assertThat(client.get("/profile").status()).isEqualTo(200);
        // post/redirect/get: without a new secret waiting, the form sends one back to its page
        redirectsTo(client.post("/profile/mfa", Map.of("code", "123456", "currentPassword", "x")), "/profile/mfa");
        assertThat(client.get("/profile?lang=en").header("location")).isEmpty();

        redirectsTo(client.post("/logout", Map.of()), "/login?logout");
    }

    @Test
    void theLoginStepsRedirectByPathToo() {
        RawHttpClient client = new RawHttpClient(port, EVIL);
        redirectsTo(client.get("/networks"), "/login");
        client.get("/login");
        RawHttpClient.Response afterPassword = client.post("/login",
                Map.of("username", "coordinator", "password", HttpTestClient.DEMO_PASSWORD));
        redirectsTo(afterPassword, "/login/code");
        client.get("/login/code");
        RawHttpClient.Response afterCode = client.post("/login/code", Map.of("code",
                HttpTestClient.totpCode(HttpTestClient.DEMO_TOTP_SECRET, nl.hecht.shared.MutableClock.shared().nextTotpStep())));
        // to the page asked for, by its path (Spring Security marks it with ?continue)
        redirectsTo(afterCode, "/networks?continue");
    }

    private static void redirectsTo(RawHttpClient.Response response, String path) {
        assertThat(response.status()).as("a redirect to " + path).isEqualTo(302);
        assertThat(response.location()).as("Location").isEqualTo(path);
        for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
            assertThat(header.getValue()).as(header.getKey()).noneMatch(value -> value.contains(EVIL));
        }
    }
}
