package nl.hecht.network.internal.composition;

/** How an expectation is met. */
public enum SeatStatus {
    /** Present, with a named liaison or delegate where one is required. */
    FILLED,
    /** The social domain is linked to the network rather than seated in it (seed 003). */
    LINKED,
    /** Members of the discipline take part, but none is the named liaison or delegate. */
    NO_LIAISON,
    /** Nobody of the discipline takes part. */
    MISSING;

    public boolean isGap() {
        return this == NO_LIAISON || this == MISSING;
    }
}
