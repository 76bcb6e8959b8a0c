package nl.hecht.shared.jobs;

import java.time.Duration;

/**
 * Passes a job's progress on to its record, at once when the phase changes and otherwise at most once per interval:
 * a job reports far more often than is worth a write.
 */
public final class JobProgress {

    /** Where the progress goes. */
    @FunctionalInterface
    public interface Sink {

        void record(Enum<?> phase, long done, long total);
    }

    private final long intervalNanos;
    private final Sink sink;
    private Enum<?> lastPhase;
    private long lastWrite;

    public JobProgress(Duration interval, Sink sink) {
        this.intervalNanos = interval.toNanos();
        this.sink = sink;
    }

    public void report(Enum<?> phase, long done, long total) {
        long now = System.nanoTime();
        if (phase == lastPhase && now - lastWrite < intervalNanos) {
            return;
        }
        lastPhase = phase;
        lastWrite = now;
        sink.record(phase, done, total);
    }
}
