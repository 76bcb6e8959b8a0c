package nl.hecht.area.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.hecht.shared.jobs.ImportCommand;
import nl.hecht.shared.jobs.ImportConsole;

/**
 * Imports CBS files from the command line, through the same importer as the admin page
 * ({@link nl.hecht.shared.jobs.ImportCommandLine}):
 * <pre>
 * java -jar hecht.jar --hecht.import.cbs=kwb-2024.csv --hecht.import.year=2024 \
 *                     [--hecht.import.geojson=wijkenbuurten-2024.geojson]
 * </pre>
 * Either option may be given alone. The CSV goes first; the map is not imported when the CSV failed. Succeeds when
 * every import succeeded.
 */
@Component
class AreaImportCommand implements ImportCommand {

    private final AreaImports imports;

    AreaImportCommand(AreaImports imports) {
        this.imports = imports;
    }

    @Override
    public Options options() {
        return new AreaImportOptions();
    }

    @Override
    public boolean run(ImportConsole console) {
        ImportReportPrinter printer = new ImportReportPrinter(console);
        List<ImportReport> reports = new ArrayList<>();
        String cbs = console.option(AreaImportOptions.CBS);
        String geoJson = console.option(AreaImportOptions.GEOJSON);
        if (!cbs.isBlank()) {
            Integer year = console.option(AreaImportOptions.YEAR, Integer.class);
            Path file = Path.of(cbs);
            if (year == null) {
                console.printLine("area.cli.year-missing");
                return false;
            }
            if (!console.readable(file, "area.cli.file-missing")) {
                return false;
            }
            ImportReport report = imports.importCbs(file, year);
            printer.print(file, report);
            reports.add(report);
        }
        if (!geoJson.isBlank() && succeeded(reports)) {
            Path file = Path.of(geoJson);
            if (!console.readable(file, "area.cli.file-missing")) {
                return false;
            }
            ImportReport report = imports.importMap(file);
            printer.print(file, report);
            reports.add(report);
        }
        return succeeded(reports);
    }

    private static boolean succeeded(List<ImportReport> reports) {
        return reports.stream().allMatch(report -> report.status() == ImportStatus.SUCCEEDED);
    }
}
