package nl.hecht.shared.jobs;

/**
 * A step of a module's import, with its share of the progress bar. Each module keeps an enum of its own phases that
 * implements this; they all start with {@code QUEUED} and end with {@code DONE} ({@link BackgroundJob}).
 */
public interface ImportPhase {

    /** The name the job record stores (an enum's own name). */
    String name();

    /** How far the whole import is, 0 to 100, when this phase has done {@code done} of {@code total}. */
    int percent(long done, long total);

    /**
     * The overall percentage of a phase that runs from {@code from} to {@code to} per cent of the bar, when
     * {@code done} of {@code total} of it are done; progress beyond the total stays at {@code to}.
     */
    static int percent(int from, int to, long done, long total) {
        if (total <= 0) {
            return from;
        }
        return from + (int) ((to - from) * Math.min(Math.max(0, done), total) / total);
    }
}
