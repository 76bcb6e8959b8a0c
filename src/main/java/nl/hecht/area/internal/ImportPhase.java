package nl.hecht.area.internal;

/** The steps of an import, in order, with the share of the progress bar each one takes. */
public enum ImportPhase {
    QUEUED(0, 0), READING(0, 40), WRITING(40, 30), NEIGHBOURS(70, 30), DONE(100, 0);

    private final int start;
    private final int width;

    ImportPhase(int start, int width) {
        this.start = start;
        this.width = width;
    }

    /** The overall percentage when {@code done} of {@code total} of this phase are done. */
    public int percent(long done, long total) {
        if (total <= 0) {
            return start;
        }
        return start + (int) Math.min(width, width * Math.max(0, done) / total);
    }
}
