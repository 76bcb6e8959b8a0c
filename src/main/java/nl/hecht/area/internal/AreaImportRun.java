package nl.hecht.area.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

import nl.hecht.shared.jobs.BackgroundJob;
import nl.hecht.shared.jobs.ImportProblem;
import nl.hecht.shared.jobs.JobState;

/**
 * One import of a CBS file: queued, running with its progress, then finished with its report. Kept in the database
 * rather than in memory, so that on a cluster any node can answer the progress poll, and so that the overview can
 * show the history. A run that stops reporting progress (its node went down) counts as interrupted; that bookkeeping
 * is {@link BackgroundJob}'s.
 */
@Entity
@Table(name = "area_import")
public class AreaImportRun extends BackgroundJob {

    private static final String SEPARATOR = "\u001f";
    private static final int MAX_UNKNOWN_COLUMNS_LENGTH = 4000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportKind kind;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "figures_year")
    private Integer year;

    @Column(name = "rows_read", nullable = false)
    private int rowsRead;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    @Column(name = "updated_count", nullable = false)
    private int updatedCount;

    @Column(name = "unchanged_count", nullable = false)
    private int unchangedCount;

    @Column(name = "rejected_count", nullable = false)
    private int rejectedCount;

    @Column(name = "warning_count", nullable = false)
    private int warningCount;

    @Column(name = "unknown_columns")
    private String unknownColumns;

    @Column(name = "error_key")
    private String errorKey;

    @Column(name = "error_arguments")
    private String errorArguments;

    @ElementCollection
    @CollectionTable(name = "area_import_problem", joinColumns = @JoinColumn(name = "import_id"))
    @OrderColumn(name = "problem_index")
    private List<StoredProblem> problems = new ArrayList<>();

    protected AreaImportRun() {
    }

    private AreaImportRun(ImportKind kind, String fileName, Integer year, Instant now) {
        super(now);
        this.kind = kind;
        this.fileName = fileName;
        this.year = year;
    }

    static AreaImportRun queued(ImportKind kind, String fileName, Integer year, Instant now) {
        return new AreaImportRun(kind, fileName, year, now);
    }

    /** Records the outcome; a finished run does not change again. */
    void finish(ImportReport report, Instant now) {
        finish(JobState.valueOf(report.status().name()), now);
        this.rowsRead = report.rowsRead();
        this.createdCount = report.created();
        this.updatedCount = report.updated();
        this.unchangedCount = report.unchanged();
        this.rejectedCount = report.rejectedCount();
        this.warningCount = report.warningCount();
        this.unknownColumns = joinWithin(report.unknownColumns());
        this.errorKey = report.errorKey();
        this.errorArguments = report.errorArguments().isEmpty() ? null
                : String.join(SEPARATOR, report.errorArguments());
        report.rejected().forEach(problem -> problems.add(StoredProblem.of("REJECTED", problem)));
        report.warnings().forEach(problem -> problems.add(StoredProblem.of("WARNING", problem)));
    }

    /** As finished, or as failed when it stopped reporting progress long ago. */
    ImportStatus effectiveStatus(Instant now) {
        return ImportStatus.valueOf(state(now).name());
    }

    /** The report of a finished run (an interrupted one says so); null while it runs. */
    ImportReport report(Instant now) {
        if (interrupted(now)) {
            return ImportReport.refused(kind, "area.import.failed.interrupted", List.of());
        }
        if (!state(now).finished()) {
            return null;
        }
        return new ImportReport(kind, effectiveStatus(now), errorKey, split(errorArguments), rowsRead, createdCount,
                updatedCount, unchangedCount, split(unknownColumns), problems("REJECTED"), rejectedCount,
                problems("WARNING"), warningCount);
    }

    private List<ImportProblem> problems(String severity) {
        return problems.stream().filter(problem -> problem.severity.equals(severity))
                .map(StoredProblem::toProblem).toList();
    }

    private static String joinWithin(List<String> values) {
        StringBuilder joined = new StringBuilder();
        for (String value : values) {
            if (joined.length() + value.length() + 1 > MAX_UNKNOWN_COLUMNS_LENGTH) {
                break;
            }
            if (!joined.isEmpty()) {
                joined.append(SEPARATOR);
            }
            joined.append(value);
        }
        return joined.isEmpty() ? null : joined.toString();
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
    }

    public ImportKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public Integer year() {
        return year;
    }

    public AreaImportPhase phase() {
        return AreaImportPhase.valueOf(phaseName());
    }

    @Override
    protected int percentWithinPhases() {
        return phase().percent(progressDone(), progressTotal());
    }

    public int rowsRead() {
        return rowsRead;
    }

    public int createdCount() {
        return createdCount;
    }

    public int updatedCount() {
        return updatedCount;
    }

    public int unchangedCount() {
        return unchangedCount;
    }

    public int rejectedCount() {
        return rejectedCount;
    }

    /** A rejected line or warning of a finished run, as stored. */
    @Embeddable
    public static class StoredProblem {

        @Column(nullable = false)
        private String severity;

        @Column(name = "line_number")
        private Long lineNumber;

        @Column(name = "feature_number")
        private Integer featureNumber;

        @Column(name = "message_key", nullable = false)
        private String messageKey;

        @Column(name = "arguments")
        private String arguments;

        protected StoredProblem() {
        }

        static StoredProblem of(String severity, ImportProblem problem) {
            StoredProblem stored = new StoredProblem();
            stored.severity = severity;
            stored.lineNumber = problem.line();
            stored.featureNumber = problem.feature();
            stored.messageKey = problem.messageKey();
            stored.arguments = problem.arguments().isEmpty() ? null : String.join(SEPARATOR, problem.arguments());
            return stored;
        }

        ImportProblem toProblem() {
            return ImportProblem.atFeature(lineNumber, featureNumber, messageKey, split(arguments));
        }
    }
}
