package nl.hecht.directory.internal.exchange;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

import nl.hecht.shared.DomainException;
import nl.hecht.shared.jobs.ImportCommand;
import nl.hecht.shared.jobs.ImportConsole;
import nl.hecht.shared.jobs.ImportProblem;

/**
 * Imports a sociale kaart file (CSV or HSDS JSON) from the command line, through the same import as the page
 * ({@link nl.hecht.shared.jobs.ImportCommandLine}):
 * <pre>
 * java -jar hecht.jar --hecht.import.directory=sociale-kaart.csv [--hecht.import.language=en]
 * </pre>
 * Prints the outcome and every problem with its line or record.
 */
@Component
class DirectoryImportCommand implements ImportCommand {

    private final DirectoryImports imports;

    DirectoryImportCommand(DirectoryImports imports) {
        this.imports = imports;
    }

    @Override
    public Options options() {
        return new DirectoryImportOptions();
    }

    @Override
    public boolean run(ImportConsole console) {
        Path file = Path.of(console.option(DirectoryImportOptions.FILE));
        if (!console.readable(file, "directory.cli.file-missing")) {
            return false;
        }
        DirectoryImportJob job;
        try {
            job = imports.importFile(file, null);
        } catch (DomainException e) {
            console.print(file + ": " + console.message(e.messageKey(), e.arguments()));
            return false;
        }
        console.print(file + ": " + console.message("directory.import.status." + job.status()));
        if (job.succeeded()) {
            console.printLine("directory.cli.counts", job.recordsRead(), job.created(), job.updated(),
                    job.unchanged());
        }
        if (job.errorKey() != null) {
            console.printLine(job.errorKey());
        }
        for (ImportProblem problem : job.problems()) {
            String where = problem.line() != null ? console.message("directory.cli.line", problem.line())
                    : problem.path() != null ? problem.path() : "-";
            console.print("  " + where + ": " + console.message(problem.messageKey(), problem.argumentArray()));
        }
        return job.succeeded();
    }
}
