package nl.hecht.directory.internal.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.hecht.shared.jobs.ImportProblem;

/**
 * An import as the pages show it.
 *
 * @param percent how far along, 0 to 100
 * @param problemCount how many problems the file had (only the first {@value DirectoryImportRun#MAX_PROBLEMS} are
 *        kept in {@code problems})
 * @param errorKey why a failed import failed, or null
 */
public record DirectoryImportJob(UUID id, ImportFormat format, String fileName, ImportStatus status,
        DirectoryImportPhase phase, int percent, Instant startedAt, Instant finishedAt, int recordsRead, int created,
        int updated, int unchanged, int problemCount, String errorKey, List<ImportProblem> problems) {

    public boolean running() {
        return !status.finished();
    }

    public boolean succeeded() {
        return status == ImportStatus.SUCCEEDED;
    }

    public boolean rejected() {
        return status == ImportStatus.REJECTED;
    }

    /** Whether the problems stand on lines (CSV) or at paths (JSON). */
    public boolean byLine() {
        return format == ImportFormat.CSV;
    }
}
