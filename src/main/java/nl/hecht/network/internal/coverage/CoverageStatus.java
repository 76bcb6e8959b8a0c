package nl.hecht.network.internal.coverage;

/** The coverage of one neighbourhood, as coloured on the map. */
public enum CoverageStatus {
    /** In exactly one core network, and that one is active. */
    COVERED,
    /** In more than one core network that has not ended (R024). */
    OVERLAP,
    /** Only in a core network that is in formation or paused: not yet covered. */
    FORMING,
    /** In no core network at all (R022). */
    GAP
}
