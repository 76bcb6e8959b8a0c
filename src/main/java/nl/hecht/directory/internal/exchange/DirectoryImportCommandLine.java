package nl.hecht.directory.internal.exchange;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import nl.hecht.shared.DomainException;

/**
 * Imports a sociale kaart file (CSV or HSDS JSON) from the command line, through the same import as the page, and
 * exits with 0 when it succeeded, else 1:
 * <pre>
 * java -jar hecht.jar --hecht.import.directory=sociale-kaart.csv [--hecht.import.language=en]
 * </pre>
 * Prints the outcome and every problem with its line or record. No HTTP port is opened
 * ({@link DirectoryImportCommandLineEnvironment}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnExpression("'${hecht.import.directory:}' != ''")
class DirectoryImportCommandLine implements ApplicationRunner {

    private final DirectoryImports imports;
    private final MessageSource messages;
    private final Environment environment;
    private final ConfigurableApplicationContext context;
    private final Locale locale;

    DirectoryImportCommandLine(DirectoryImports imports, MessageSource messages, Environment environment,
            ConfigurableApplicationContext context) {
        this.imports = imports;
        this.messages = messages;
        this.environment = environment;
        this.context = context;
        this.locale = Locale.forLanguageTag(environment.getProperty("hecht.import.language", "nl"));
    }

    @Override
    public void run(ApplicationArguments args) {
        int exitCode = run(System.out);
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    int run(PrintStream out) {
        Path file = Path.of(environment.getProperty("hecht.import.directory", ""));
        if (!Files.isReadable(file)) {
            out.println(message("directory.cli.file-missing", file));
            return 1;
        }
        DirectoryImportJob job;
        try {
            job = imports.importFile(file, null);
        } catch (DomainException e) {
            out.println(file + ": " + message(e.messageKey(), e.arguments()));
            return 1;
        }
        out.println(file + ": " + message("directory.import.status." + job.status()));
        if (job.succeeded()) {
            out.println(message("directory.cli.counts", job.recordsRead(), job.created(), job.updated(),
                    job.unchanged()));
        }
        if (job.errorKey() != null) {
            out.println(message(job.errorKey()));
        }
        for (ImportProblem problem : job.problems()) {
            String where = problem.line() != null ? message("directory.cli.line", problem.line())
                    : problem.path() != null ? problem.path() : "-";
            out.println("  " + where + ": " + message(problem.messageKey(), problem.argumentArray()));
        }
        return job.succeeded() ? 0 : 1;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
