package nl.hecht.network.internal.composition;

/** How an expectation is met. */
public enum SeatStatus {
    /** Present, with a named contact (liaison or delegate) where one is advised. */
    FILLED,
    /** The social domain is linked to the network rather than seated in it (seed 003). */
    LINKED,
    /**
     * Members of the discipline take part, but none is named as its contact (liaison or delegate). Not a gap: the
     * discipline is there (seed 000); a fixed contact per discipline is a tip of what works (seed 001).
     */
    NO_LIAISON,
    /** Nobody of the discipline takes part. */
    MISSING;

    /** A composition gap: the discipline does not take part (R006). */
    public boolean isGap() {
        return this == MISSING;
    }

    /** A softer tip: the discipline takes part, but nobody is named as its contact (seed 001). */
    public boolean isTip() {
        return this == NO_LIAISON;
    }
}
