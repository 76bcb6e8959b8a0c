package nl.hecht.area.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * An import as the admin pages show it: where it stands and, once finished, its report.
 *
 * @param percent how far along the whole import is, 0 to 100
 * @param report the report of a finished import; null while it runs, and in lists of imports
 */
public record ImportJob(UUID id, ImportKind kind, String fileName, Integer year, ImportStatus status,
        AreaImportPhase phase, int percent, Instant startedAt, Instant finishedAt, int rowsRead, int created,
        int updated, int unchanged, int rejected, ImportReport report) {

    public boolean running() {
        return !status.finished();
    }

    public boolean succeeded() {
        return status == ImportStatus.SUCCEEDED;
    }
}
