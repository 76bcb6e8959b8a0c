package nl.hecht.shared.demo;

/**
 * A module's contribution to the fictional demo region. Every module that brings demo data declares a bean
 * of this type; {@link DemoDataRunner} calls them in {@link #order()} at start-up when demo mode is on.
 * Implementations must be deterministic and idempotent: they run at every start on the same database.
 */
public interface DemoData {

    /** Lower runs first; modules that depend on others' demo data use a higher number. */
    int order();

    void load();
}
