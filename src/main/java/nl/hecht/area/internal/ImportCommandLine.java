package nl.hecht.area.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Imports CBS files from the command line, through the same importer as the admin page, and exits:
 * <pre>
 * java -jar hecht.jar --hecht.import.cbs=kwb-2024.csv --hecht.import.year=2024 \
 *                     [--hecht.import.geojson=wijkenbuurten-2024.geojson]
 * </pre>
 * Either option may be given alone. The CSV goes first. Prints the report (in Dutch, or in English with
 * {@code --hecht.import.language=en}) and exits with 0 when every import succeeded, else 1. No HTTP port is opened
 * ({@link ImportCommandLineEnvironment}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnExpression("'${hecht.import.cbs:}' != '' or '${hecht.import.geojson:}' != ''")
class ImportCommandLine implements ApplicationRunner {

    private final AreaImports imports;
    private final ImportReportPrinter printer;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    ImportCommandLine(AreaImports imports, MessageSource messages, Environment environment,
            ConfigurableApplicationContext context) {
        this.imports = imports;
        this.environment = environment;
        this.context = context;
        this.printer = new ImportReportPrinter(messages,
                Locale.forLanguageTag(environment.getProperty("hecht.import.language", "nl")));
    }

    @Override
    public void run(ApplicationArguments args) {
        int exitCode = run(System.out);
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    int run(PrintStream out) {
        List<ImportReport> reports = new ArrayList<>();
        String cbs = environment.getProperty("hecht.import.cbs", "");
        String geoJson = environment.getProperty("hecht.import.geojson", "");
        if (!cbs.isBlank()) {
            Integer year = environment.getProperty("hecht.import.year", Integer.class);
            Path file = Path.of(cbs);
            if (year == null) {
                printer.printLine(out, "area.cli.year-missing");
                return 1;
            }
            if (!Files.isReadable(file)) {
                printer.printLine(out, "area.cli.file-missing", file);
                return 1;
            }
            ImportReport report = imports.importCbs(file, year);
            printer.print(out, file, report);
            reports.add(report);
        }
        if (!geoJson.isBlank() && reports.stream().allMatch(report -> report.status() == ImportStatus.SUCCEEDED)) {
            Path file = Path.of(geoJson);
            if (!Files.isReadable(file)) {
                printer.printLine(out, "area.cli.file-missing", file);
                return 1;
            }
            ImportReport report = imports.importMap(file);
            printer.print(out, file, report);
            reports.add(report);
        }
        return reports.stream().allMatch(report -> report.status() == ImportStatus.SUCCEEDED) ? 0 : 1;
    }
}
