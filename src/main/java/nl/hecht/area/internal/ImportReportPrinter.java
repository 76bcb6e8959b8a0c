package nl.hecht.area.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** The import report as text, for the command line. */
final class ImportReportPrinter {

    private final MessageSource messages;
    private final Locale locale;

    ImportReportPrinter(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void print(PrintStream out, Path file, ImportReport report) {
        out.println(text("area.cli.kind." + report.kind(), file.getFileName()));
        if (report.status() == ImportStatus.SUCCEEDED) {
            out.println("  " + text("area.cli.succeeded", report.rowsRead(), report.created(), report.updated(),
                    report.unchanged()));
        } else {
            out.println("  " + text("area.cli.failed"));
            out.println("  " + messages.getMessage(report.errorKey(), report.errorArgumentArray(), locale));
        }
        if (!report.unknownColumns().isEmpty()) {
            out.println("  " + text("area.cli.unknown-columns", String.join(", ", report.unknownColumns())));
        }
        for (ImportProblem problem : report.rejected()) {
            out.println("  " + where(problem) + messages.getMessage(problem.messageKey(), problem.argumentArray(),
                    locale));
        }
        if (report.rejectedCount() > report.rejected().size()) {
            out.println("  " + text("area.cli.more", report.rejectedCount() - report.rejected().size()));
        }
        for (ImportProblem problem : report.warnings()) {
            out.println("  " + text("area.cli.warning") + " " + where(problem)
                    + messages.getMessage(problem.messageKey(), problem.argumentArray(), locale));
        }
        if (report.warningCount() > report.warnings().size()) {
            out.println("  " + text("area.cli.more", report.warningCount() - report.warnings().size()));
        }
    }

    void printLine(PrintStream out, String key, Object... arguments) {
        out.println(text(key, arguments));
    }

    private String where(ImportProblem problem) {
        if (problem.feature() != null) {
            return text("area.cli.where.feature", problem.feature(), problem.line()) + ": ";
        }
        return problem.line() == null ? "" : text("area.cli.where.line", problem.line()) + ": ";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
