package nl.hecht;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.hecht.network.NetworkKind;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.region.RegionManagement;

/**
 * Writes keep working once the pool has closed the connections that migrated the schema: what Hikari does after its
 * max-lifetime of 30 minutes, here at once with {@link HikariPoolMXBean#softEvictConnections()}. With H2 2.4.240 the
 * size justification below failed with {@code Check constraint invalid: "network_network_kind_ck"} (the network
 * table's {@code CHECK (kind in ('CORE', 'THEMATIC'))}); see {@link H2CheckConstraintTests}. A database of its own, so
 * that this context runs the migrations and the rest of the test JVM does not share what it does to the pool.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:hecht-pooled-connections;DB_CLOSE_DELAY=-1;"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class H2PooledConnectionsIntegrationTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegionManagement regions;
    @Autowired
    NetworkManagement networks;

    @Test
    void networkIsSavedAfterThePoolClosedTheMigratingConnection() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .as("this context migrated its own database").isPositive();
        Network network = networks.networksIn(regions.regions().get(0).id()).stream()
                .filter(candidate -> candidate.kind() == NetworkKind.CORE).findFirst().orElseThrow();

        evictAll(pool);
        networks.justifySize(network.id(), "Groot door de vele kleine kernen in de wijk.");

        evictAll(pool);
        assertThat(jdbc.queryForObject("select size_justification from network_network where id = ?", String.class,
                network.id().value())).isEqualTo("Groot door de vele kleine kernen in de wijk.");
    }

    /** Closes every connection the pool has (idle ones now, busy ones when they come back) and waits until it has. */
    private static void evictAll(HikariDataSource pool) throws InterruptedException {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        bean.softEvictConnections();
        for (int i = 0; i < 100 && bean.getTotalConnections() > 0; i++) {
            Thread.sleep(20);
        }
    }
}
