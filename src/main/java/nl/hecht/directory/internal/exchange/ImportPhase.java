package nl.hecht.directory.internal.exchange;

/** The steps of an import, each with its share of the progress bar. */
public enum ImportPhase {
    QUEUED(0, 0), READING(0, 30), CHECKING(30, 50), WRITING(50, 98), DONE(100, 100);

    private final int from;
    private final int to;

    ImportPhase(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** How far the whole import is when this phase has done {@code done} of {@code total}. */
    public int percent(long done, long total) {
        if (total <= 0) {
            return from;
        }
        return (int) (from + (to - from) * Math.min(done, total) / total);
    }
}
