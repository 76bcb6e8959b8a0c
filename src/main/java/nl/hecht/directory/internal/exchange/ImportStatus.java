package nl.hecht.directory.internal.exchange;

/**
 * Where an import stands. REJECTED: the file has problems and nothing was changed; FAILED: it could not be read or
 * written (nothing was changed either).
 */
public enum ImportStatus {
    QUEUED, RUNNING, SUCCEEDED, REJECTED, FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == REJECTED || this == FAILED;
    }
}
