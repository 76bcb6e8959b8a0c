package nl.hecht.shared.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The bookkeeping of a job that runs in the background: queued, running with its phase and progress, then
 * finished. Kept in the database rather than in memory, so that on a cluster any node can answer the progress poll.
 * A job that stops reporting progress for {@link #STALE_AFTER} (its node went down) counts as failed: interrupted.
 * <p>
 * A module's job entity extends this class with its own table, which has the columns {@code id}, {@code status},
 * {@code phase}, {@code progress_done}, {@code progress_total}, {@code started_at}, {@code updated_at} and
 * {@code finished_at}. The phase is stored by name: each module has its own phases, which all start with
 * {@code QUEUED} and end with {@code DONE}.
 */
@MappedSuperclass
public abstract class BackgroundJob {

    /** A job without progress for this long is taken to be interrupted. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(15);
    private static final String QUEUED = "QUEUED";
    private static final String DONE = "DONE";

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private JobState status;

    @Column(name = "phase", nullable = false)
    private String phase;

    @Column(name = "progress_done", nullable = false)
    private long progressDone;

    @Column(name = "progress_total", nullable = false)
    private long progressTotal;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected BackgroundJob() {
    }

    /** A new job, queued. */
    protected BackgroundJob(Instant now) {
        this.id = UUID.randomUUID();
        this.status = JobState.QUEUED;
        this.phase = QUEUED;
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** Records how far the job is; it runs from now on. A finished job ignores late progress. */
    public void progress(Enum<?> newPhase, long done, long total, Instant now) {
        if (status.finished()) {
            return;
        }
        this.status = JobState.RUNNING;
        this.phase = newPhase.name();
        this.progressDone = done;
        this.progressTotal = total;
        this.updatedAt = now;
    }

    /** Records the outcome; a finished job does not change again. */
    protected void finish(JobState outcome, Instant now) {
        if (status.finished()) {
            throw new IllegalStateException("job already finished");
        }
        if (!outcome.finished()) {
            throw new IllegalArgumentException("not an outcome: " + outcome);
        }
        this.status = outcome;
        this.phase = DONE;
        this.updatedAt = now;
        this.finishedAt = now;
    }

    /** As stored, or {@link JobState#FAILED} when it was interrupted. */
    public JobState state(Instant now) {
        return interrupted(now) ? JobState.FAILED : status;
    }

    /** Whether it stopped reporting progress long ago without finishing (its node went down). */
    public boolean interrupted(Instant now) {
        return !status.finished() && updatedAt.plus(STALE_AFTER).isBefore(now);
    }

    /** How far the whole job is, 0 to 100; a finished or interrupted job is at 100. */
    public int percent(Instant now) {
        return state(now).finished() ? 100 : percentWithinPhases();
    }

    /** How far the whole job is by its phase and the progress within it. */
    protected abstract int percentWithinPhases();

    /** The name of the current phase; the subclass turns it into its own phase type. */
    protected String phaseName() {
        return phase;
    }

    public UUID id() {
        return id;
    }

    public long progressDone() {
        return progressDone;
    }

    public long progressTotal() {
        return progressTotal;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
