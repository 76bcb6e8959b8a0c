package nl.hecht.shared.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database of a build before the migration scheme is explained with what to do, and not touched. */
class EarlierBuildDatabaseTests {

    @TempDir
    Path folder;

    @Test
    void aDatabaseOfTheOldNumberingStopsTheStartWithWhatToDo() throws Exception {
        String url = "jdbc:h2:mem:earlier-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Path old = Files.createDirectories(folder.resolve("old"));
        Files.writeString(old.resolve("V1__identity_accounts.sql"), "create table earlier (id int);");
        Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + old).load().migrate();

        Flyway current = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load();
        assertThatThrownBy(() -> MigrationConfiguration.migrate(current))
                .isInstanceOfSatisfying(EarlierBuildDatabaseException.class, failure -> {
                    assertThat(failure.appliedVersion()).isEqualTo("1");
                    var analysis = new EarlierBuildDatabaseReporter().analyze(failure);
                    assertThat(analysis.getAction()).contains("delete the data folder").contains("hecht.data-dir");
                });
        assertThat(current.info().applied()).hasSize(1);
    }

    @Test
    void aNewDatabaseIsMigrated() {
        String url = "jdbc:h2:mem:new-" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load();
        MigrationConfiguration.migrate(flyway);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty();
    }
}
