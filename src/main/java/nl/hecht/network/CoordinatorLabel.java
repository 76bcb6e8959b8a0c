package nl.hecht.network;

/** The name a network gives its coordinator role (R088). */
public enum CoordinatorLabel {
    COORDINATOR, VERBINDER, ARRANGEUR, NETWERKER
}
