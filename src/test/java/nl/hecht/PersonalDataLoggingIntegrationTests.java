package nl.hecht;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.hecht.identity.internal.AccountManagement;

/**
 * No personal data in the logs: a failed and a successful login of a demo person leave their account id in the log,
 * never their username, name or e-mail address. Runs with production log levels (INFO; Hecht's own code at DEBUG,
 * stricter than production), not the quieter levels of the test profile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLoggingIntegrationTests {

    static final String USERNAME = "socialworker";
    static final List<String> PERSONAL_DATA = List.of(USERNAME, "Sanne Visser", "Visser",
            "socialworker@hecht-demo.invalid");

    @LocalServerPort
    int port;

    @Autowired
    LoggingSystem loggingSystem;

    @Autowired
    AccountManagement accounts;

    private final Map<String, LogLevel> configuredLevels = new LinkedHashMap<>();

    @BeforeEach
    void productionLogLevels() {
        setLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
        setLevel("nl.hecht", LogLevel.DEBUG);
    }

    @AfterEach
    void testLogLevels() {
        configuredLevels.forEach(loggingSystem::setLogLevel);
    }

    private void setLevel(String logger, LogLevel level) {
        LoggerConfiguration configuration = loggingSystem.getLoggerConfiguration(logger);
        configuredLevels.put(logger, configuration == null ? null : configuration.getConfiguredLevel());
        loggingSystem.setLogLevel(logger, level);
    }

    @Test
    void loginsLogTheAccountIdButNoPersonalData(CapturedOutput output) {
        String accountId = accounts.findByUsername(USERNAME).orElseThrow().id().toString();
        HttpTestClient client = new HttpTestClient(port);

        HttpResponse<String> wrong = client.submitPassword(USERNAME, "not-the-password-at-all");
        assertThat(HttpTestClient.location(wrong)).endsWith("/login");
        client.logInDemo(USERNAME);
        assertThat(client.get("/").body()).contains("Sanne Visser");

        // the log was captured, and it speaks of the account by id
        assertThat(output.getAll()).contains("Account " + accountId + ": wrong password");
        for (String personal : PERSONAL_DATA) {
            assertThat(output.getAll()).as("log output").doesNotContainIgnoringCase(personal);
        }
    }
}
