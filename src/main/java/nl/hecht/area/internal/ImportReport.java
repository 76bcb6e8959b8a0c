package nl.hecht.area.internal;

import java.util.List;

import nl.hecht.shared.jobs.ImportProblem;

/**
 * What an import did, or why it did nothing. A failed import never changed anything: either the file as a whole is
 * refused ({@code errorKey}), or lines were rejected (then {@code rejected} says which and why).
 *
 * @param rowsRead data lines (CSV) or features (GeoJSON) read
 * @param created areas or figures that were new
 * @param updated rows that changed something already stored
 * @param unchanged rows identical to what was stored (a re-import of the same file: all of them)
 * @param rejectedCount all rejected lines; {@code rejected} holds the first of them
 * @param warningCount all warnings; {@code warnings} holds the first of them
 */
public record ImportReport(ImportKind kind, ImportStatus status, String errorKey, List<String> errorArguments,
        int rowsRead, int created, int updated, int unchanged, List<String> unknownColumns,
        List<ImportProblem> rejected, int rejectedCount, List<ImportProblem> warnings, int warningCount) {

    public ImportReport {
        errorArguments = List.copyOf(errorArguments);
        unknownColumns = List.copyOf(unknownColumns);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /** The whole file refused before any line was looked at. */
    static ImportReport refused(ImportKind kind, String errorKey, List<String> errorArguments) {
        return new ImportReport(kind, ImportStatus.FAILED, errorKey, errorArguments, 0, 0, 0, 0, List.of(), List.of(),
                0, List.of(), 0);
    }

    /** Lines rejected: nothing written. */
    static ImportReport rejected(ImportKind kind, int rowsRead, List<String> unknownColumns, ProblemLog problems) {
        return new ImportReport(kind, ImportStatus.FAILED, "area.import.failed.rejected-lines",
                List.of(String.valueOf(problems.rejectedCount())), rowsRead, 0, 0, 0, unknownColumns,
                problems.rejected(), problems.rejectedCount(), problems.warnings(), problems.warningCount());
    }

    static ImportReport succeeded(ImportKind kind, int rowsRead, WriteCounts counts, List<String> unknownColumns,
            ProblemLog problems) {
        return new ImportReport(kind, ImportStatus.SUCCEEDED, null, List.of(), rowsRead, counts.created(),
                counts.updated(), counts.unchanged(), unknownColumns, List.of(), 0, problems.warnings(),
                problems.warningCount());
    }

    public Object[] errorArgumentArray() {
        return errorArguments.toArray();
    }
}
