package nl.hecht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What operations and monitoring read without logging in: health with liveness and readiness groups, Prometheus
 * metrics, and the version and git commit of the running build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void healthIsUpWithLivenessAndReadinessGroups() {
        HttpTestClient client = new HttpTestClient(port);
        HttpResponse<String> health = client.get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.path("status").asString()).isEqualTo("UP");
        assertThat(body.path("groups").valueStream().map(JsonNode::asString)).contains("liveness", "readiness");
        assertThat(body.has("components")).as("no details for anonymous callers").isFalse();

        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = client.get(probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).path("status").asString()).as(probe).isEqualTo("UP");
        }
    }

    @Test
    void prometheusShowsJvmAndHttpMetrics() {
        HttpTestClient client = new HttpTestClient(port);
        assertThat(client.get("/login").statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = client.get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("jvm_memory_used_bytes{")
                .contains("http_server_requests_seconds_count{")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/login\"[^}]*} [1-9]")
                .contains("hikaricp_connections_active{");
    }

    @Test
    void infoShowsBuildVersionAndGitCommit() throws IOException, InterruptedException {
        HttpResponse<String> info = new HttpTestClient(port).get("/actuator/info");

        assertThat(info.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(info.body());
        assertThat(body.path("build").path("artifact").asString()).isEqualTo("hecht");
        assertThat(body.path("build").path("version").asString()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        String commit = body.path("git").path("commit").path("id").asString();
        assertThat(commit).matches("[0-9a-f]{7,40}");
        assertThat(body.path("java").path("version").asString()).isNotBlank();

        // the commit checked out here, which the build has just written to git.properties
        Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue()).as("git rev-parse HEAD").isZero();
        assertThat(head).startsWith(commit);
    }
}
