package nl.hecht.area.internal;

import java.nio.file.Path;

import nl.hecht.shared.jobs.ImportConsole;
import nl.hecht.shared.jobs.ImportProblem;

/** The import report as text, for the command line. */
final class ImportReportPrinter {

    private final ImportConsole console;

    ImportReportPrinter(ImportConsole console) {
        this.console = console;
    }

    void print(Path file, ImportReport report) {
        console.printLine("area.cli.kind." + report.kind(), file.getFileName());
        if (report.status() == ImportStatus.SUCCEEDED) {
            indented("area.cli.succeeded", report.rowsRead(), report.created(), report.updated(), report.unchanged());
        } else {
            indented("area.cli.failed");
            indented(report.errorKey(), report.errorArgumentArray());
        }
        if (!report.unknownColumns().isEmpty()) {
            indented("area.cli.unknown-columns", String.join(", ", report.unknownColumns()));
        }
        for (ImportProblem problem : report.rejected()) {
            console.print("  " + where(problem) + console.message(problem.messageKey(), problem.argumentArray()));
        }
        if (report.rejectedCount() > report.rejected().size()) {
            indented("area.cli.more", report.rejectedCount() - report.rejected().size());
        }
        for (ImportProblem problem : report.warnings()) {
            console.print("  " + console.message("area.cli.warning") + " " + where(problem)
                    + console.message(problem.messageKey(), problem.argumentArray()));
        }
        if (report.warningCount() > report.warnings().size()) {
            indented("area.cli.more", report.warningCount() - report.warnings().size());
        }
    }

    private void indented(String key, Object... arguments) {
        console.print("  " + console.message(key, arguments));
    }

    private String where(ImportProblem problem) {
        if (problem.feature() != null) {
            return console.message("area.cli.where.feature", problem.feature(), problem.line()) + ": ";
        }
        return problem.line() == null ? "" : console.message("area.cli.where.line", problem.line()) + ": ";
    }
}
