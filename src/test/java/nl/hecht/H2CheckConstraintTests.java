package nl.hecht;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code CHECK (… IN …)} constraint keeps working after the connection that created it is closed.
 * <p>
 * H2 2.4.240 broke this (h2database issues #4292, #4302, #4308, #4342): the constraint's expression stays bound to
 * the session that created it, and once that session is closed every insert or update of the table fails with
 * {@code Check constraint invalid} (caused by {@code The database has been closed [90098-240]}). In Hecht that
 * session is Flyway's migrating connection; Hikari closes it after its 30 minutes' max-lifetime, and from then on
 * every write to a table with such a constraint answered 500. Observed with 2.4.240: both tests fail; with 2.5.252
 * (and 2.3.232) both pass. {@code H2PooledConnectionsIntegrationTests} checks the same through the application's
 * schema and pool.
 */
class H2CheckConstraintTests {

    @TempDir
    Path dataDir;

    @Test
    void checkConstraintHoldsAfterItsCreatingConnectionClosedOnTheEmbeddedFileDatabase() throws Exception {
        assertInsertAfterCreatorClosed(H2DurabilityTests.configuredH2Url(dataDir));
    }

    @Test
    void checkConstraintHoldsAfterItsCreatingConnectionClosedInMemory() throws Exception {
        assertInsertAfterCreatorClosed("jdbc:h2:mem:check-constraint-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    /**
     * One connection stays open all along (as a pool's other connections do), a second creates the table and is
     * closed (as the pool closes the migrating connection), a third writes: the allowed value is stored and a value
     * outside the list is still refused.
     */
    private static void assertInsertAfterCreatorClosed(String url) throws SQLException {
        try (Connection keptOpen = DriverManager.getConnection(url, "sa", "")) {
            try (Connection creator = DriverManager.getConnection(url, "sa", "");
                    Statement statement = creator.createStatement()) {
                statement.execute("create table probe_network (id uuid primary key, kind varchar(20) not null, "
                        + "constraint probe_network_kind_ck check (kind in ('CORE', 'THEMATIC')))");
            }
            try (Connection writer = DriverManager.getConnection(url, "sa", "")) {
                assertThat(insert(writer, "CORE")).isOne();
                assertThat(insert(writer, "THEMATIC")).isOne();
                try {
                    insert(writer, "BOGUS");
                    throw new AssertionError("a kind outside the list was stored");
                } catch (SQLException refused) {
                    assertThat(refused.getSQLState()).as(refused.getMessage()).isEqualTo("23513");
                }
            }
            try (Statement count = keptOpen.createStatement();
                    ResultSet rows = count.executeQuery("select count(*) from probe_network")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2);
            }
        }
    }

    private static int insert(Connection connection, String kind) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into probe_network (id, kind) values (?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, kind);
            return insert.executeUpdate();
        }
    }
}
