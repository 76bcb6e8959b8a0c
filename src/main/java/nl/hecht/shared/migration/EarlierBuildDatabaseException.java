package nl.hecht.shared.migration;

/**
 * The database holds tables of an earlier build of Hecht whose migrations were numbered differently (V1, V20, ...).
 * There is no production database of those builds; its data folder (H2) or database (PostgreSQL) is made again.
 */
public class EarlierBuildDatabaseException extends RuntimeException {

    private final String appliedVersion;

    EarlierBuildDatabaseException(String appliedVersion) {
        super("The database was made by an earlier build of Hecht (migration version " + appliedVersion
                + " is of the old numbering); recreate it");
        this.appliedVersion = appliedVersion;
    }

    public String appliedVersion() {
        return appliedVersion;
    }
}
