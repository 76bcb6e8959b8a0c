package nl.hecht.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class BackgroundJobTests {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    enum Phase {
        QUEUED, WORKING, DONE
    }

    /** A job whose only phase with progress takes the whole bar. */
    static final class Job extends BackgroundJob {

        Job(Instant now) {
            super(now);
        }

        void end(JobState outcome, Instant now) {
            finish(outcome, now);
        }

        Phase phase() {
            return Phase.valueOf(phaseName());
        }

        @Override
        protected int percentWithinPhases() {
            return progressTotal() == 0 ? 0 : (int) (100 * progressDone() / progressTotal());
        }
    }

    @Test
    void aNewJobIsQueued() {
        Job job = new Job(START);

        assertThat(job.state(START)).isEqualTo(JobState.QUEUED);
        assertThat(job.phase()).isEqualTo(Phase.QUEUED);
        assertThat(job.percent(START)).isZero();
        assertThat(job.startedAt()).isEqualTo(START);
    }

    @Test
    void progressMakesItRun() {
        Job job = new Job(START);

        job.progress(Phase.WORKING, 1, 4, START.plusSeconds(1));

        assertThat(job.state(START.plusSeconds(1))).isEqualTo(JobState.RUNNING);
        assertThat(job.phase()).isEqualTo(Phase.WORKING);
        assertThat(job.percent(START.plusSeconds(1))).isEqualTo(25);
    }

    @Test
    void aFinishedJobIsDoneAndDoesNotChangeAgain() {
        Job job = new Job(START);
        job.end(JobState.REJECTED, START.plusSeconds(2));

        job.progress(Phase.WORKING, 1, 4, START.plusSeconds(3));

        assertThat(job.state(START.plusSeconds(3))).isEqualTo(JobState.REJECTED);
        assertThat(job.phase()).isEqualTo(Phase.DONE);
        assertThat(job.percent(START.plusSeconds(3))).isEqualTo(100);
        assertThat(job.finishedAt()).isEqualTo(START.plusSeconds(2));
        assertThatIllegalStateException().isThrownBy(() -> job.end(JobState.SUCCEEDED, START.plusSeconds(4)));
    }

    @Test
    void aJobWithoutProgressForLongIsInterrupted() {
        Job job = new Job(START);
        job.progress(Phase.WORKING, 1, 4, START);
        Instant later = START.plus(BackgroundJob.STALE_AFTER).plus(Duration.ofSeconds(1));

        assertThat(job.interrupted(START.plus(BackgroundJob.STALE_AFTER))).isFalse();
        assertThat(job.interrupted(later)).isTrue();
        assertThat(job.state(later)).isEqualTo(JobState.FAILED);
        assertThat(job.percent(later)).isEqualTo(100);
    }

    @Test
    void aFinishedJobIsNeverInterrupted() {
        Job job = new Job(START);
        job.end(JobState.SUCCEEDED, START);

        assertThat(job.interrupted(START.plus(Duration.ofDays(1)))).isFalse();
    }
}
