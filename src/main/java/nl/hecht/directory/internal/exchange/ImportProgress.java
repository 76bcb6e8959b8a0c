package nl.hecht.directory.internal.exchange;

/** Told how far an import is; called often, so implementations throttle what they do with it. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> {
    };

    void report(ImportPhase phase, long done, long total);
}
