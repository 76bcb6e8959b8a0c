package nl.hecht.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.hecht.HttpTestClient;
import nl.hecht.RawHttpClient;

/**
 * The CSRF token counts only in the form body or the header, never in the address (where it ends up in logs, the
 * history and Referer headers); multipart forms (imports) send it as a body part and keep working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CsrfTokenPlacementIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aTokenInTheQueryStringIsRefusedInTheBodyOrHeaderAccepted() {
        RawHttpClient client = loggedIn("nurse");
        assertThat(client.get("/profile").status()).isEqualTo(200);
        String token = client.csrf();
        Map<String, String> form = Map.of("code", "123456", "currentPassword", "x");

        assertThat(client.postExactly("/profile/mfa?_csrf=" + encode(token), form, Map.of()).status())
                .as("token in the query string").isEqualTo(403);
        assertThat(client.postExactly("/profile/mfa?%5Fcsrf=" + encode(token), form, Map.of()).status())
                .as("token in the query string, name encoded").isEqualTo(403);
        assertThat(client.postExactly("/profile/mfa?_csrf=" + encode(token), withToken(form, token), Map.of()).status())
                .as("token in the query string and the body").isEqualTo(403);
        assertThat(client.postExactly("/profile/mfa", form, Map.of()).status()).as("no token").isEqualTo(403);

        RawHttpClient.Response inBody = client.postExactly("/profile/mfa", withToken(form, token), Map.of());
        assertThat(inBody.status()).as("token in the body").isEqualTo(302);
        assertThat(inBody.location()).isEqualTo("/profile/mfa");
        RawHttpClient.Response inHeader = client.postExactly("/profile/mfa", form, Map.of("X-CSRF-TOKEN", token));
        assertThat(inHeader.status()).as("token in the header").isEqualTo(302);
    }

    @Test
    void aMultipartImportFormCarriesItsTokenInTheBody() {
        RawHttpClient client = loggedIn("resv");
        assertThat(client.get("/directory/import").status()).isEqualTo(200);
        String token = client.csrf();

        RawHttpClient.Response inBody = client.postMultipart("/directory/import", Map.of("_csrf", token), "file");
        assertThat(inBody.status()).as("token as a body part").isEqualTo(200);
        assertThat(inBody.body()).as("the import form, with the empty file refused").contains("import-file-error");

        assertThat(client.postMultipart("/directory/import?_csrf=" + encode(token), Map.of(), "file").status())
                .as("token in the query string of a multipart form").isEqualTo(403);
    }

    private RawHttpClient loggedIn(String username) {
        RawHttpClient client = new RawHttpClient(port, "localhost:" + port);
        client.logIn(username, HttpTestClient.DEMO_PASSWORD, HttpTestClient.DEMO_TOTP_SECRET);
        return client;
    }

    private static Map<String, String> withToken(Map<String, String> form, String token) {
        Map<String, String> withToken = new java.util.LinkedHashMap<>(form);
        withToken.put("_csrf", token);
        return withToken;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
