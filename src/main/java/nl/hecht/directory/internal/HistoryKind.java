package nl.hecht.directory.internal;

/** What happened to an entry of the sociale kaart, for its change history. */
public enum HistoryKind {
    CREATED, CHANGED, VERIFIED, IMPORTED
}
