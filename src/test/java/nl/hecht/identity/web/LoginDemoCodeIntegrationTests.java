package nl.hecht.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.hecht.HttpTestClient;
import nl.hecht.shared.MutableClock;

/** In demo mode the second-factor page shows the current demo code, so a first try needs no authenticator app. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginDemoCodeIntegrationTests {

    private static final Pattern DEMO_CODE = Pattern.compile("id=\"demo-code\".*?<strong[^>]*>(\\d{6})</strong>",
            Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Test
    void theCodePageShowsTheCurrentDemoCodeAndItLogsIn() {
        HttpTestClient client = new HttpTestClient(port);
        assertThat(HttpTestClient.location(client.submitPassword("socialworker", HttpTestClient.DEMO_PASSWORD)))
                .endsWith("/login/code");
        MutableClock.shared().nextTotpStep(); // a step no other test used for this account

        HttpResponse<String> page = client.get("/login/code");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Demomodus");
        Matcher shown = DEMO_CODE.matcher(page.body());
        assertThat(shown.find()).as("the demo code is shown").isTrue();
        HttpResponse<String> afterCode = client.post("/login/code", Map.of("code", shown.group(1)));
        assertThat(afterCode.statusCode()).isEqualTo(302);
        assertThat(HttpTestClient.location(afterCode)).doesNotContain("/login");
    }
}
