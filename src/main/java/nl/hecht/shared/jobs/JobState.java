package nl.hecht.shared.jobs;

/**
 * Where a background job stands. A module that has no use for {@link #REJECTED} simply never reaches it; the
 * module's own status type carries the same names.
 */
public enum JobState {
    QUEUED, RUNNING, SUCCEEDED, REJECTED, FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == REJECTED || this == FAILED;
    }
}
