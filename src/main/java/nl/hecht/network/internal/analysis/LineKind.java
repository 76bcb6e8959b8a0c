package nl.hecht.network.internal.analysis;

/** What a line drawn by hand in a joint session says (R258: which lines exist, which are missing, where are chances). */
public enum LineKind {
    /** They work together. */
    WORKS_TOGETHER,
    /** They want to work together: a chance, not yet a line. */
    WANTS_TO,
    /** They work together, but it does not go well: a knelpunt. */
    BOTTLENECK;

    /** Whether the line exists (a wish does not). */
    public boolean exists() {
        return this != WANTS_TO;
    }
}
