package nl.hecht;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The child JVM of {@link H2DurabilityTests}: opens the H2 database at the JDBC URL it is given (its table
 * {@code durability_probe} exists), then commits one row per transaction, as fast as it can, and prints each id to
 * standard output only after its commit returned. It runs until it is killed (or, as a safety net, until it has
 * written {@value #MAX_ROWS} rows).
 */
public final class H2DurabilityChild {

    static final int MAX_ROWS = 1_000_000;

    private H2DurabilityChild() {
    }

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        PrintStream out = System.out;
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.setAutoCommit(false);
            out.println("ready");
            out.flush();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into durability_probe (id, written_at) values (?, ?)")) {
                for (long id = 1; id <= MAX_ROWS; id++) {
                    insert.setLong(1, id);
                    insert.setLong(2, System.nanoTime());
                    insert.executeUpdate();
                    connection.commit();
                    out.println(id);
                    out.flush();
                }
            }
        }
    }
}
