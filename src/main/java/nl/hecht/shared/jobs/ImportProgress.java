package nl.hecht.shared.jobs;

/**
 * Told how far an import is; called often, so implementations throttle what they do with it ({@link JobProgress}).
 *
 * @param <P> the module's phases
 */
@FunctionalInterface
public interface ImportProgress<P extends Enum<P> & ImportPhase> {

    void report(P phase, long done, long total);

    /** Progress that goes nowhere (tests, demo data). */
    static <P extends Enum<P> & ImportPhase> ImportProgress<P> none() {
        return (phase, done, total) -> {
        };
    }
}
