package nl.hecht.area.internal;

/** Where an import stands. A failed import changed nothing. */
public enum ImportStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
