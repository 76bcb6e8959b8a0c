package nl.hecht.directory.internal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;

import nl.hecht.HechtApplication;
import nl.hecht.directory.Organisations;
import nl.hecht.directory.SocialMap;

/**
 * Export HSDS JSON from a database with data (the demo region and an organisation with every
 * field filled in), import it into an EMPTY database (a second application on its own in-memory H2, without demo
 * data), export again: the bytes are identical; importing the file once more changes nothing (R090, R236).
 */
@SpringBootTest
@AutoConfigureMockMvc // the MockMvc tests' context, so the run boots one context fewer
class DirectoryRoundTripIntegrationTests {

    @Autowired
    DirectoryExport export;
    @Autowired
    Organisations organisations;
    @Autowired
    SocialMap socialMap;

    @TempDir
    Path folder;

    @Test
    void exportImportIntoAnEmptyDatabaseAndExportAgainGivesTheSameBytes() throws Exception {
        String tag = "rt" + UUID.randomUUID().toString().substring(0, 8);
        RichDirectoryData.create(organisations, socialMap, tag);
        byte[] first = export.hsdsJson();
        String json = new String(first, StandardCharsets.UTF_8);
        assertThat(json).contains("Spreekuur ouderen " + tag, "\"assured_date\"", "\"identifier_scheme\" : \"AGB\"",
                "\"identifier\" : \"87654321\"", "\"byday\" : \"FR\"", "\"opens_at\" : \"08:15\"",
                "\"name\" : \"BU99010102\"", "\"code\" : \"ar\"", "\"code\" : \"geldzorgen\"",
                "\"code\" : \"ACCESS_POINT\"", "\"status\" : \"inactive\"", "\"value\" : \"14\"",
                "\"code\" : \"list-size\"", "\"latitude\" : 52.0912345", "Drempelvrij", "Praktijkondersteuner");
        Path file = folder.resolve("sociale-kaart.json");
        Files.write(file, first);

        try (ConfigurableApplicationContext empty = emptyHecht()) {
            DirectoryExport emptyExport = empty.getBean(DirectoryExport.class);
            DirectoryImports emptyImports = empty.getBean(DirectoryImports.class);
            assertThat(new String(emptyExport.hsdsJson(), StandardCharsets.UTF_8).strip()).isEqualTo("[ ]");

            DirectoryImportJob job = emptyImports.importFile(file, null);
            assertThat(job.problems()).isEmpty();
            assertThat(job.status()).isEqualTo(ImportStatus.SUCCEEDED);
            assertThat(job.created()).as("the rich organisation, its two locations and two entries, and the rest")
                    .isGreaterThanOrEqualTo(5);

            assertThat(new String(emptyExport.hsdsJson(), StandardCharsets.UTF_8)).isEqualTo(json);

            DirectoryImportJob again = emptyImports.importFile(file, null);
            assertThat(again.status()).isEqualTo(ImportStatus.SUCCEEDED);
            assertThat(again.created()).isZero();
            assertThat(again.updated()).isZero();
            assertThat(again.unchanged()).isEqualTo(job.created());
            assertThat(new String(emptyExport.hsdsJson(), StandardCharsets.UTF_8)).isEqualTo(json);
        }
    }

    /** Hecht on its own empty in-memory database, without demo data and without a web server. */
    private ConfigurableApplicationContext emptyHecht() {
        String database = "hecht-empty-" + UUID.randomUUID();
        return new SpringApplicationBuilder(HechtApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:" + database
                        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.datasource.username=sa", "--hecht.demo.enabled=false", "--server.port=0",
                "--hecht.data-dir=" + folder.resolve("data"),
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap");
    }
}
