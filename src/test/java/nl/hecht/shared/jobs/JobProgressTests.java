package nl.hecht.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class JobProgressTests {

    enum Phase {
        READING, WRITING
    }

    @Test
    void passesTheFirstReportAndEachNewPhaseButNotEveryStep() {
        List<String> written = new ArrayList<>();
        JobProgress progress = new JobProgress(Duration.ofHours(1),
                (phase, done, total) -> written.add(phase + " " + done + "/" + total));

        progress.report(Phase.READING, 1, 10);
        progress.report(Phase.READING, 2, 10);
        progress.report(Phase.WRITING, 0, 5);

        assertThat(written).containsExactly("READING 1/10", "WRITING 0/5");
    }

    @Test
    void passesEveryReportWhenTheIntervalIsOver() {
        List<Long> written = new ArrayList<>();
        JobProgress progress = new JobProgress(Duration.ZERO, (phase, done, total) -> written.add(done));

        progress.report(Phase.READING, 1, 10);
        progress.report(Phase.READING, 2, 10);

        assertThat(written).containsExactly(1L, 2L);
    }
}
