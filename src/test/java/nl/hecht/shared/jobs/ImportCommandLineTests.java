package nl.hecht.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.env.MockEnvironment;

class ImportCommandLineTests {

    private final List<String> ran = new ArrayList<>();

    @Test
    void aGivenImportOptionOfAnyModuleKeepsTheHttpPortClosed() {
        for (String option : List.of("hecht.import.cbs", "hecht.import.geojson", "hecht.import.directory")) {
            MockEnvironment environment = new MockEnvironment().withProperty(option, "file.csv");
            new ImportCommandLineEnvironment().postProcessEnvironment(environment, new SpringApplication());
            assertThat(environment.getProperty("server.port")).as(option).isEqualTo("-1");
        }
        MockEnvironment plain = new MockEnvironment().withProperty("hecht.import.language", "en");
        new ImportCommandLineEnvironment().postProcessEnvironment(plain, new SpringApplication());
        assertThat(plain.getProperty("server.port")).isNull();
    }

    @Test
    void runsTheImportsAskedForInTheChosenLanguageAndFailsWhenOneFails() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("done", Locale.ENGLISH, "done {0}");
        MockEnvironment environment = new MockEnvironment().withProperty("test.a", "x").withProperty("test.b", "y")
                .withProperty(ImportCommandLine.LANGUAGE, "en");
        ImportCommandLine commandLine = new ImportCommandLine(List.of(command("test.a", true),
                command("test.b", false), command("test.c", true)), messages, environment, null);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = commandLine.run(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(ran).containsExactly("test.a", "test.b");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("done x").contains("done y")
                .contains("missing.key");
    }

    @Test
    void phasesShareTheBarByTheirRange() {
        assertThat(ImportPhase.percent(40, 70, 0, 0)).isEqualTo(40);
        assertThat(ImportPhase.percent(40, 70, 5, 10)).isEqualTo(55);
        assertThat(ImportPhase.percent(40, 70, 20, 10)).isEqualTo(70);
        assertThat(ImportPhase.percent(40, 70, -1, 10)).isEqualTo(40);
    }

    private ImportCommand command(String option, boolean succeeds) {
        return new ImportCommand() {
            @Override
            public Options options() {
                return () -> List.of(option);
            }

            @Override
            public boolean run(ImportConsole console) {
                ran.add(option);
                console.printLine("done", console.option(option));
                if (!succeeds) {
                    console.printLine("missing.key");
                }
                return succeeds;
            }
        };
    }
}
