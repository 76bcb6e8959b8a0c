package nl.hecht.directory.internal.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import nl.hecht.identity.AccountId;
import nl.hecht.shared.jobs.BackgroundJob;
import nl.hecht.shared.jobs.ImportProblem;
import nl.hecht.shared.jobs.JobState;

/**
 * One import of the sociale kaart: queued, running with its progress, then finished with its report. In the
 * database, so that any node can answer the progress poll; a run that stops reporting progress counts as failed
 * (that bookkeeping is {@link BackgroundJob}'s).
 */
@Entity
@Table(name = "directory_import")
public class DirectoryImportRun extends BackgroundJob {

    /** The report keeps this many problems; the count says how many there were. */
    static final int MAX_PROBLEMS = 500;
    private static final String SEPARATOR = "\u001f";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportFormat format;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "started_by")
    private UUID startedBy;

    @Column(name = "records_read", nullable = false)
    private int recordsRead;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    @Column(name = "updated_count", nullable = false)
    private int updatedCount;

    @Column(name = "unchanged_count", nullable = false)
    private int unchangedCount;

    @Column(name = "problem_count", nullable = false)
    private int problemCount;

    @Column(name = "error_key")
    private String errorKey;

    @ElementCollection
    @CollectionTable(name = "directory_import_problem", joinColumns = @JoinColumn(name = "import_id"))
    @OrderColumn(name = "problem_index")
    private List<StoredProblem> problems = new ArrayList<>();

    protected DirectoryImportRun() {
    }

    DirectoryImportRun(ImportFormat format, String fileName, AccountId by, Instant now) {
        super(now);
        this.format = format;
        this.fileName = fileName;
        this.startedBy = by == null ? null : by.value();
    }

    /** Records the outcome; a finished run does not change again. */
    void finish(ImportStatus outcome, int records, DirectoryImporter.Counts counts, List<ImportProblem> found,
            String error, Instant now) {
        finish(JobState.valueOf(outcome.name()), now);
        this.recordsRead = records;
        if (counts != null) {
            this.createdCount = counts.created();
            this.updatedCount = counts.updated();
            this.unchangedCount = counts.unchanged();
        }
        this.problemCount = found.size();
        this.errorKey = error;
        found.stream().limit(MAX_PROBLEMS).forEach(problem -> problems.add(StoredProblem.of(problem)));
    }

    /** As the pages show it. */
    DirectoryImportJob view(Instant now, boolean withProblems) {
        String error = interrupted(now) ? "directory.import.failed.interrupted" : errorKey;
        return new DirectoryImportJob(id(), format, fileName, ImportStatus.valueOf(state(now).name()), phase(),
                percent(now), startedAt(), finishedAt(), recordsRead, createdCount, updatedCount, unchangedCount,
                problemCount, error,
                withProblems ? problems.stream().map(StoredProblem::toProblem).toList() : List.of());
    }

    DirectoryImportPhase phase() {
        return DirectoryImportPhase.valueOf(phaseName());
    }

    @Override
    protected int percentWithinPhases() {
        return phase().percent(progressDone(), progressTotal());
    }

    /** A problem of a finished run, as stored. */
    @Embeddable
    public static class StoredProblem {

        @Column(name = "line_number")
        private Long lineNumber;

        @Column(name = "record_path")
        private String recordPath;

        @Column(name = "message_key", nullable = false)
        private String messageKey;

        private String arguments;

        protected StoredProblem() {
        }

        static StoredProblem of(ImportProblem problem) {
            StoredProblem stored = new StoredProblem();
            stored.lineNumber = problem.line();
            stored.recordPath = cut(problem.path(), 300);
            stored.messageKey = problem.messageKey();
            stored.arguments = problem.arguments().isEmpty() ? null
                    : cut(String.join(SEPARATOR, problem.arguments()), 1000);
            return stored;
        }

        ImportProblem toProblem() {
            return ImportProblem.atPath(lineNumber, recordPath, messageKey,
                    arguments == null ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1)));
        }

        private static String cut(String value, int max) {
            return value == null || value.length() <= max ? value : value.substring(0, max);
        }
    }
}
