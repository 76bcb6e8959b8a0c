package nl.hecht.identity.internal;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The session store (Spring Session JDBC) writes a new session attribute with an upsert instead of a plain insert.
 * Two requests of one session that run at once both load the session without, say, the flash messages, both add
 * them, and both insert the same (session, attribute) row at the end of the request: the second insert failed with a
 * duplicate key and the request answered 500, although its change was saved. With the upsert the later one wins, as
 * it does for an attribute that was there already.
 * <p>
 * PostgreSQL: {@code INSERT … ON CONFLICT … DO UPDATE} (Spring Session's own customizer). H2 has no
 * {@code ON CONFLICT … DO UPDATE}, not even in PostgreSQL mode; its {@code MERGE … KEY} waits for the other
 * transaction and then updates. Expired sessions are deleted by {@code spring.session.jdbc.cleanup-cron}
 * (application.properties).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    static final String H2_CREATE_SESSION_ATTRIBUTE_QUERY = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
        String product = databaseProduct(dataSource);
        if (product.startsWith("PostgreSQL")) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if (product.equals("H2")) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE_QUERY);
        }
        throw new IllegalStateException("Sessions are stored in PostgreSQL or H2, not in " + product);
    }

    private static String databaseProduct(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database stores the sessions", e);
        }
    }
}
