package nl.hecht.shared.jobs;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the command-line imports ({@link ImportCommand}) whose options are given, one after the other, and exits with
 * 0 when every one succeeded, else 1; without such options it does nothing. For example:
 * <pre>
 * java -jar hecht.jar --hecht.import.cbs=kwb-2024.csv --hecht.import.year=2024 [--hecht.import.language=en]
 * java -jar hecht.jar --hecht.import.directory=sociale-kaart.csv
 * </pre>
 * The report is in Dutch, or in English with {@code --hecht.import.language=en}. No HTTP port is opened
 * ({@link ImportCommandLineEnvironment}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class ImportCommandLine implements ApplicationRunner {

    /** The language of the printed report. */
    public static final String LANGUAGE = "hecht.import.language";

    private final List<ImportCommand> commands;
    private final MessageSource messages;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    public ImportCommandLine(List<ImportCommand> commands, MessageSource messages, Environment environment,
            ConfigurableApplicationContext context) {
        this.commands = List.copyOf(commands);
        this.messages = messages;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requested().isEmpty()) {
            return;
        }
        int exitCode = run(System.out);
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    /** Runs the imports asked for, printing on {@code out}; the exit code. */
    public int run(PrintStream out) {
        ImportConsole console = new ImportConsole(environment, messages,
                Locale.forLanguageTag(environment.getProperty(LANGUAGE, "nl")), out);
        boolean succeeded = true;
        for (ImportCommand command : requested()) {
            succeeded &= command.run(console);
        }
        return succeeded ? 0 : 1;
    }

    private List<ImportCommand> requested() {
        return commands.stream().filter(command -> command.options().requested(environment)).toList();
    }
}
