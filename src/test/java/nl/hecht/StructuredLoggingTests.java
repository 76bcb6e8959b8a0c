package nl.hecht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The environment variable {@code HECHT_LOG_FORMAT=ecs} switches the console log to JSON lines in Elastic Common
 * Schema, through {@code logging.structured.format.console} in application.properties. Runs in a child JVM, with the
 * variable set as operations would set it, because the logging system of a JVM is set up once: a test context
 * started earlier in the same JVM would keep its format. The child starts a minimal application (the configuration
 * files and the logging system of Hecht, none of its beans) and logs one line.
 */
class StructuredLoggingTests {

    static final String MARKER = "structured-log-check";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void hechtLogFormatEcsWritesJsonLines() throws IOException, InterruptedException {
        List<String> out = runChild("ecs");

        List<String> marked = out.stream().filter(line -> line.contains(MARKER)).toList();
        assertThat(marked).hasSize(1);
        JsonNode line = JSON.readTree(marked.get(0));
        assertThat(line.path("@timestamp").asString()).isNotBlank();
        assertThat(line.path("message").asString()).isEqualTo(MARKER + " for account 42");
        assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(line.path("log").path("logger").asString()).isEqualTo(Child.class.getName());
        assertThat(line.path("service").path("name").asString()).isEqualTo("hecht");
        assertThat(line.path("ecs").path("version").asString()).isNotBlank();
        assertThat(out).as("every line of the log is JSON").isNotEmpty()
                .allSatisfy(text -> assertThat(text).startsWith("{").endsWith("}"));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void withoutHechtLogFormatTheLogIsPlainText() throws IOException, InterruptedException {
        List<String> marked = runChild("").stream().filter(line -> line.contains(MARKER)).toList();

        assertThat(marked).hasSize(1);
        assertThat(marked.get(0)).doesNotStartWith("{").contains(" INFO ").endsWith(MARKER + " for account 42");
    }

    private static List<String> runChild(String logFormat) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Child.class.getName()).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("HECHT_LOG_FORMAT", logFormat);
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        Process child = builder.start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("child exit status; its output:%n%s", out).isZero();
        return out.lines().filter(line -> !line.isBlank()).toList();
    }

    /** The child JVM: a minimal application with Hecht's configuration files, which logs one line and stops. */
    @Configuration(proxyBeanMethods = false)
    static class Child {

        public static void main(String[] args) {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Child.class)
                    .web(WebApplicationType.NONE).logStartupInfo(false).run("--spring.main.banner-mode=off")) {
                LoggerFactory.getLogger(Child.class).info("{} for account {}", MARKER, 42);
            }
        }
    }
}
