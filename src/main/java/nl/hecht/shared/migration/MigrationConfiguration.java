package nl.hecht.shared.migration;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Before Flyway migrates, Hecht checks that the database's history is of the current {@link MigrationScheme}: a
 * database of an earlier build would otherwise fail Flyway's validation with a message about unresolved migrations.
 * Instead the start stops with {@link EarlierBuildDatabaseException}, which {@link EarlierBuildDatabaseReporter}
 * explains in one sentence with what to do.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

    @Bean
    FlywayMigrationStrategy hechtMigrationStrategy() {
        return MigrationConfiguration::migrate;
    }

    static void migrate(Flyway flyway) {
        Arrays.stream(flyway.info().applied())
                .map(MigrationInfo::getVersion)
                .filter(version -> version != null)
                .map(Object::toString)
                .filter(MigrationScheme::isOfAnEarlierBuild)
                .findFirst()
                .ifPresent(version -> {
                    throw new EarlierBuildDatabaseException(version);
                });
        flyway.migrate();
    }
}
