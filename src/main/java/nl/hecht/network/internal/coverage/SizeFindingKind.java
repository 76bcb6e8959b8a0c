package nl.hecht.network.internal.coverage;

/** How a core network deviates from the region's size advice. */
public enum SizeFindingKind {
    TOO_SMALL, TOO_LARGE, NO_AREA
}
