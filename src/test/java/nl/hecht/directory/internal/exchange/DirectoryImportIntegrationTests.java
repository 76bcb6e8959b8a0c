package nl.hecht.directory.internal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.hecht.shared.jobs.ImportProblem;

/**
 * Import of the sociale kaart against the real database (R090, R236): a file with one bad row is rejected with the
 * row's line number and reason and changes nothing; a good file goes in, and importing it again changes nothing;
 * the exports of what is there import back without a change. Imports commit (and index) for real, so this class
 * is not transactional; its rows carry a tag unique to the run.
 */
@SpringBootTest
@AutoConfigureMockMvc // the MockMvc tests' context, so the run boots one context fewer
class DirectoryImportIntegrationTests {

    private static final String HEADER = "organisation_id;organisation_name;organisation_type;location_id;location_name;"
            + "postal_code;entry_id;name;category;target_groups;opening_hours;other_location_ids;public;email\n";

    @Autowired
    DirectoryImports imports;
    @Autowired
    DirectoryExport export;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    private String tag;

    @BeforeEach
    void tag() {
        tag = "imp" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCsvWithOneBadRowIsReportedWithItsLineAndReasonAndChangesNothing() throws Exception {
        List<Integer> before = counts();
        Path file = csv(HEADER
                + tag + "-org;Welzijn " + tag + ";WELFARE;" + tag + "-loc;Buurthuis;9901 AB;" + tag + "-1;Koffieochtend;ontmoeting;ouderen;MO 10:00-12:00;;ja;\n"
                + tag + "-org;Welzijn " + tag + ";WELFARE;" + tag + "-loc;Buurthuis;9901 AB;" + tag + "-2;Maaltijd;bestaat-niet;ouderen;;;nee;\n"
                + tag + "-org;Welzijn " + tag + ";WELFARE;;;;" + tag + "-3;Spreekuur;schuldhulpverlening;;;;nee;geen-adres\n");

        DirectoryImportJob job = imports.importFile(file, null);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(job.problems()).extracting(ImportProblem::line, ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(tuple(3L, "directory.import.error.category", List.of("bestaat-niet")),
                        tuple(4L, "service.error.email", List.of()));
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from directory_organisation where name = ?", Integer.class,
                "Welzijn " + tag)).isZero();
    }

    @Test
    void aFileWithALineThatCannotBeReadIsRejectedWithItsLineNumber() throws Exception {
        Path file = csv(HEADER
                + ";Welzijn " + tag + ";WELFARE;;Buurthuis;99 AB;;Koffie;ontmoeting;;;;;\n"
                + ";Welzijn " + tag + ";WELFARE;;;;;Eten;ontmoeting;;XX 10:00-12:00;;;\n");

        DirectoryImportJob job = imports.importFile(file, null);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(job.problems()).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(2L, "location.error.postal-code"), tuple(3L, "directory.import.error.day"));
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        Path file = csv(HEADER
                + tag + "-org;Welzijn " + tag + ";WELFARE;" + tag + "-a;Buurthuis;9901 AB;" + tag + "-1;Koffieochtend;ontmoeting;ouderen|mantelzorgers;MO 10:00-12:00|do 14:00-16:00;" + tag + "-b;ja;koffie@welzijn.example.nl\n"
                + tag + "-org;Welzijn " + tag + ";WELFARE;" + tag + "-b;Dorpshuis;9902 CD;;;;;;;;\n"
                + ";Bewonersinitiatief " + tag + ";COMMUNITY;;Speeltuin;;;Speeltuinvereniging;sleutelfiguur;jeugd;;;ja;\n");
        List<Integer> before = counts();

        DirectoryImportJob first = imports.importFile(file, null);
        assertThat(first.problems()).isEmpty();
        assertThat(first.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(first.created()).isEqualTo(7);
        List<Integer> afterFirst = counts();
        assertThat(afterFirst).containsExactly(before.get(0) + 2, before.get(1) + 2, before.get(2) + 3);
        String updatedAt = lastUpdate();

        DirectoryImportJob second = imports.importFile(file, null);
        assertThat(second.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(7);
        assertThat(counts()).isEqualTo(afterFirst);
        assertThat(lastUpdate()).isEqualTo(updatedAt);
        assertThat(jdbc.queryForObject("select count(*) from directory_service_location sl join directory_service s"
                + " on s.id = sl.service_id where s.external_id = ?", Integer.class, tag + "-1")).isEqualTo(2);
    }

    @Test
    void theExportsOfWhatIsThereImportBackWithoutAChange() throws Exception {
        Path json = folder.resolve("export.json");
        Files.write(json, export.hsdsJson());
        Path csv = folder.resolve("export.csv");
        Files.write(csv, export.csv());
        List<Integer> before = counts();

        for (Path file : List.of(json, csv)) {
            DirectoryImportJob job = imports.importFile(file, null);
            assertThat(job.problems()).as(file.toString()).isEmpty();
            assertThat(job.status()).isEqualTo(ImportStatus.SUCCEEDED);
            assertThat(job.created()).as(file.toString()).isZero();
            assertThat(job.updated()).as(file.toString()).isZero();
            assertThat(job.unchanged()).isPositive();
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aSpreadsheetOrAnotherEncodingIsRefusedWithAClearReason() throws Exception {
        Path latin1 = folder.resolve("latin1.csv");
        Files.write(latin1, (HEADER + ";Café " + tag + ";;;;;;;;;;;;\n").getBytes(StandardCharsets.ISO_8859_1));
        Path excel = folder.resolve("kaart.xlsx");
        Files.write(excel, new byte[] { 'P', 'K', 3, 4, 0, 0 });
        Path other = folder.resolve("other.csv");
        Files.writeString(other, "naam;adres\nA;B\n");

        assertThat(refusal(latin1)).isEqualTo("directory.import.file.encoding");
        assertThat(refusal(excel)).isEqualTo("directory.import.file.spreadsheet");
        assertThat(refusal(other)).isEqualTo("directory.import.file.type");
    }

    private String refusal(Path file) {
        try {
            imports.importFile(file, null);
            return null;
        } catch (nl.hecht.shared.DomainException e) {
            return e.messageKey();
        }
    }

    private Path csv(String content) throws Exception {
        Path file = folder.resolve(tag + ".csv");
        Files.writeString(file, content);
        return file;
    }

    private List<Integer> counts() {
        return List.of(jdbc.queryForObject("select count(*) from directory_organisation", Integer.class),
                jdbc.queryForObject("select count(*) from directory_service", Integer.class),
                jdbc.queryForObject("select count(*) from directory_location", Integer.class));
    }

    private String lastUpdate() {
        return jdbc.queryForObject("select max(updated_at) || '/' || max(version) from directory_service", String.class);
    }
}
