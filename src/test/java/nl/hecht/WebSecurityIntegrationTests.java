package nl.hecht;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web's first line: every page needs a login, pages carry strict security headers, and the session cookie is out
 * of reach of scripts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSecurityIntegrationTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/profile", "/admin/accounts", "/login/code"})
    void anonymousRequestForAPageRedirectsToLogin(String path) {
        HttpResponse<String> response = new HttpTestClient(port).get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(URI.create(HttpTestClient.location(response)).getPath()).isEqualTo("/login");
    }

    @Test
    void pagesCarryStrictSecurityHeaders() {
        HttpTestClient client = new HttpTestClient(port);
        HttpResponse<String> login = client.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertStrictHeaders(login);

        client.logInDemo("resv");
        HttpResponse<String> home = client.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertStrictHeaders(home);
        assertThat(home.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void sessionAndCsrfCookiesAreHttpOnlyAndSameSite() {
        HttpTestClient client = new HttpTestClient(port);
        HttpResponse<String> login = client.get("/login");
        assertThat(cookies(login, "SESSION=")).as("no session for the login page (an anonymous page stores none)").isEmpty();
        List<String> csrfCookies = cookies(login, "XSRF-TOKEN=");
        assertThat(csrfCookies).hasSize(1);
        assertThat(csrfCookies.get(0)).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax")
                .contains("; Path=/");

        HttpResponse<String> afterPassword = client.post("/login",
                java.util.Map.of("username", "nurse", "password", HttpTestClient.DEMO_PASSWORD));
        List<String> sessionCookies = cookies(afterPassword, "SESSION=");
        assertThat(sessionCookies).as("a session once the password is right").hasSize(1);
        assertThat(sessionCookies.get(0)).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax")
                .contains("; Path=/");
    }

    private static List<String> cookies(HttpResponse<String> response, String prefix) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith(prefix)).toList();
    }

    private static void assertStrictHeaders(HttpResponse<String> response) {
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }
}
