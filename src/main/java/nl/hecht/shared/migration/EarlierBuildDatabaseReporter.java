package nl.hecht.shared.migration;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to do when Hecht finds a database of an earlier build (registered in META-INF/spring.factories). */
class EarlierBuildDatabaseReporter extends AbstractFailureAnalyzer<EarlierBuildDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EarlierBuildDatabaseException cause) {
        return new FailureAnalysis(
                "The database was made by an earlier build of Hecht: its migration " + cause.appliedVersion()
                        + " is of the numbering before migrations were named V<yyyyMMddHHmm>__<module>_<what>.sql.",
                "Recreate it. With the embedded H2 database: stop Hecht and delete the data folder (hecht.data-dir,"
                        + " default ./data); the demo region is loaded again at the next start. With PostgreSQL:"
                        + " drop and create the database (or its schema) and start Hecht again.",
                cause);
    }
}
