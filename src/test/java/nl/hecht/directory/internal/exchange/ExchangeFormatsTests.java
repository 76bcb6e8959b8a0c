package nl.hecht.directory.internal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.WeeklyHours;
import nl.hecht.directory.internal.exchange.ExchangeData.EntryData;
import nl.hecht.directory.internal.exchange.ExchangeData.LocationData;
import nl.hecht.directory.internal.exchange.ExchangeData.OrganisationData;
import nl.hecht.directory.internal.exchange.ExchangeData.ReadResult;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.jobs.ImportProblem;

/** The CSV and HSDS JSON mapping of the sociale kaart, without a database (R236). */
class ExchangeFormatsTests {

    private static final OrganisationData RICH = new OrganisationData("org-1",
            new NewOrganisation("Huisartsenpraktijk De Linde", OrganisationType.GP_PRACTICE, "01234567", "87654321",
                    2850, "Tekst met ; en \" en\nregeleinde", "https://linde.example.nl", "info@linde.example.nl",
                    "010-1234567"),
            List.of(new LocationData("loc-1", new LocationDetails("Gezondheidscentrum", "Kerkstraat 1", "9901 AB",
                    "Voorbeeldstad", new NeighbourhoodCode("BU99010101"), 52.0912345, 5.1234567, true, "Lift"), null),
                    new LocationData("loc-2", new LocationDetails("Dependance", null, null, null, null, null, null,
                            false, null), null)),
            List.of(new EntryData("svc-1", new ServiceDetails(EntryKind.INITIATIVE, "Koffieochtend", "Elke week",
                    "ontmoeting", Set.of("ouderen", "mantelzorgers"), "Voor iedereen", Referral.REFERRAL, "wijkteam",
                    "Gratis", Set.of("nl", "tr"), "+31 10 123 4567", "koffie@linde.example.nl",
                    "https://linde.example.nl/koffie", "Sanne", "Buurtvereniging", 0,
                    Set.of(new NeighbourhoodCode("BU99010102"), new NeighbourhoodCode("BU99010101")),
                    List.of(new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)),
                            new WeeklyHours(DayOfWeek.SATURDAY, LocalTime.of(9, 30), LocalTime.of(11, 0))),
                    Set.of(), true, false), List.of("loc-1", "loc-2"), LocalDate.of(2025, 3, 31), null)),
            null);

    @Test
    void hsdsJsonReadsBackWhatItWrote() {
        byte[] json = HsdsJsonWriter.write(List.of(RICH), Map.of());
        ReadResult read = HsdsJsonReader.read(new ByteArrayInputStream(json));

        assertThat(read.problems()).isEmpty();
        assertThat(read.recordsRead()).isEqualTo(4);
        assertSame(read.organisations());
        assertThat(HsdsJsonWriter.write(read.organisations(), Map.of())).isEqualTo(json);
    }

    @Test
    void csvReadsBackWhatItWrote() {
        byte[] csv = DirectoryCsv.write(List.of(RICH));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFForganisation_id;organisation_name;");
        ReadResult read = DirectoryCsv.read(new StringReader(text.substring(1)), ';');

        assertThat(read.problems()).isEmpty();
        assertSame(read.organisations());
        assertThat(DirectoryCsv.write(read.organisations())).isEqualTo(csv);
    }

    /**
     * A cell that a spreadsheet would run as a formula goes out with an apostrophe in front, and the
     * import takes it off again, so the round trip stays lossless (also for a value that starts with an apostrophe).
     */
    @Test
    void csvNeutralisesFormulaCellsAndReadsThemBackUnchanged() throws Exception {
        OrganisationData hostile = new OrganisationData("org-2",
                new NewOrganisation("=HYPERLINK(\"https://evil.example\";\"klik\")", OrganisationType.OTHER, null,
                        null, null, "@SUM(1+1)*cmd|' /C calc'!A0", null, null, "+31 10 765 4321"),
                List.of(), List.of(new EntryData("svc-2", new ServiceDetails(EntryKind.SERVICE, "-2+3", "'=al tekst",
                        "ontmoeting", Set.of(), "''+twee apostrofs", Referral.SELF_REFERRAL, null, "'gewoon", Set.of(),
                        null, null, null, "=1+1", null, null, Set.of(), List.of(), Set.of(), false, true), List.of(),
                        null, null)),
                null);
        byte[] csv = DirectoryCsv.write(List.of(hostile));
        String text = new String(csv, StandardCharsets.UTF_8);

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(2);
        for (CSVRecord record : records) {
            for (String cell : record) {
                assertThat(cell).as("no cell may start a formula").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@");
            }
        }
        CSVRecord row = records.get(1);
        assertThat(row.get(DirectoryCsv.COLUMNS.indexOf("organisation_name")))
                .isEqualTo("'=HYPERLINK(\"https://evil.example\";\"klik\")");
        assertThat(row.get(DirectoryCsv.COLUMNS.indexOf("organisation_description")))
                .isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(row.get(DirectoryCsv.COLUMNS.indexOf("organisation_phone"))).isEqualTo("'+31 10 765 4321");
        assertThat(row.get(DirectoryCsv.COLUMNS.indexOf("name"))).isEqualTo("'-2+3");
        assertThat(row.get(DirectoryCsv.COLUMNS.indexOf("contact_name"))).isEqualTo("'=1+1");
        assertThat(row.get(DirectoryCsv.COLUMNS.indexOf("description"))).isEqualTo("''=al tekst");
        assertThat(row.get(DirectoryCsv.COLUMNS.indexOf("eligibility"))).isEqualTo("'''+twee apostrofs");
        assertThat(row.get(DirectoryCsv.COLUMNS.indexOf("costs"))).as("no formula: left as it is")
                .isEqualTo("'gewoon");

        ReadResult read = DirectoryCsv.read(new StringReader(text.substring(1)), ';');
        assertThat(read.problems()).isEmpty();
        assertThat(read.organisations()).hasSize(1);
        assertThat(read.organisations().get(0).details()).isEqualTo(hostile.details());
        assertThat(read.organisations().get(0).entries().get(0).details())
                .isEqualTo(hostile.entries().get(0).details());
        assertThat(DirectoryCsv.write(read.organisations())).isEqualTo(csv);
    }

    private static void assertSame(List<OrganisationData> organisations) {
        assertThat(organisations).hasSize(1);
        OrganisationData organisation = organisations.get(0);
        assertThat(organisation.id()).isEqualTo("org-1");
        assertThat(organisation.details()).isEqualTo(RICH.details());
        assertThat(organisation.locations()).extracting(LocationData::id, LocationData::details)
                .containsExactly(tuple("loc-1", RICH.locations().get(0).details()),
                        tuple("loc-2", RICH.locations().get(1).details()));
        EntryData entry = organisation.entries().get(0);
        assertThat(entry.details()).isEqualTo(RICH.entries().get(0).details());
        assertThat(entry.locationIds()).containsExactly("loc-1", "loc-2");
        assertThat(entry.assuredDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void csvProblemsCarryTheirLineNumberAlsoAfterAQuotedLineBreak() {
        String csv = """
                organisation_name,location_name,postal_code,name,category,email,opening_hours,public
                "Welzijn
                Voorbeeld",Buurthuis,9901 AB,Koffie,ontmoeting,,"ma 10:00-12:00|vr 9.30-11.00",ja
                Welzijn X,Buurthuis,1234,Koffie,ontmoeting,,,
                Welzijn Y,,,Eten,ontmoeting,geen-adres,,
                ,,,Eten,ontmoeting,,,
                """;
        ReadResult read = DirectoryCsv.read(new StringReader(csv), ',');

        assertThat(read.problems()).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(4L, "location.error.postal-code"), tuple(5L, "service.error.email"),
                        tuple(6L, "organisation.error.name"));
        assertThat(read.organisations().get(0).entries().get(0).details().hours()).containsExactly(
                new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)),
                new WeeklyHours(DayOfWeek.FRIDAY, LocalTime.of(9, 30), LocalTime.of(11, 0)));
    }

    @Test
    void csvRefusesUnknownColumnsAndOrganisationsThatDifferBetweenRows() {
        String csv = "organisation_id;organisation_name;organisation_type;naam\n"
                + "o1;Welzijn;WELFARE;x\n"
                + "o1;Welzijn;SCHOOL;y\n";
        ReadResult read = DirectoryCsv.read(new StringReader(csv), ';');

        assertThat(read.problems()).extracting(ImportProblem::line, ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(tuple(1L, "directory.import.error.column", List.of("naam")),
                        tuple(3L, "directory.import.error.organisation-differs", List.of("2")));
    }

    @Test
    void csvRefusesARowWithFewerColumnsThanTheHeader() {
        String header = String.join(";", DirectoryCsv.COLUMNS);
        String full = "o1;Welzijn Vol;WELFARE" + ";".repeat(DirectoryCsv.COLUMNS.size() - 3);
        String csv = header + "\n" + full + "\n" + "o2;Welzijn Kort;WELFARE\n";

        ReadResult read = DirectoryCsv.read(new StringReader(csv), ';');

        assertThat(read.problems()).extracting(ImportProblem::line, ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(tuple(3L, "directory.import.error.short-row",
                        List.of("3", String.valueOf(DirectoryCsv.COLUMNS.size()))));
        assertThat(read.organisations()).extracting(organisation -> organisation.details().name())
                .containsExactly("Welzijn Vol");
    }

    @Test
    void csvRefusesControlCharactersInNames() {
        String csv = "organisation_name;name;category\n"
                + "Welzijn\u0000Nul;Koffie;ontmoeting\n"
                + "Welzijn Goed;Koffie\u001b[31m;ontmoeting\n";

        ReadResult read = DirectoryCsv.read(new StringReader(csv), ';');

        assertThat(read.problems()).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(2L, "text.error.control-characters"),
                        tuple(3L, "text.error.control-characters"));
    }

    @Test
    void jsonProblemsCarryTheRecordPath() {
        String json = """
                [ { "id": "o1", "name": "Welzijn", "services": [
                    { "id": "s1", "name": "Koffie", "attributes": [ { "taxonomy_term": { "taxonomy": "hecht-category", "code": "ontmoeting" } } ] },
                    { "id": "s2", "name": "Eten", "email": "geen-adres", "attributes": [ { "taxonomy_term": { "taxonomy": "hecht-category", "code": "maaltijden" } } ] },
                    { "id": "s3", "name": "Zonder categorie" } ],
                  "locations": [ { "id": "l1", "name": "Buurthuis", "addresses": [ { "postal_code": "99" } ] } ] },
                  { "id": "o2", "name": "" } ]
                """;
        ReadResult read = HsdsJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.problems()).extracting(ImportProblem::path, ImportProblem::messageKey).containsExactly(
                tuple("[0].locations[0]", "location.error.postal-code"),
                tuple("[0].services[1]", "service.error.email"),
                tuple("[0].services[2]", "directory.import.error.no-category"),
                tuple("[1]", "organisation.error.name"));
    }

    @Test
    void brokenJsonIsReportedWithItsLine() {
        ReadResult read = HsdsJsonReader.read(new ByteArrayInputStream("[\n{\"name\": \"x\",,}\n]".getBytes()));
        assertThat(read.problems()).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(2L, "directory.import.error.json"));
    }

    @Test
    void theFileTypeIsToldByItsContent() {
        assertThat(DirectoryImports.detect("\uFEFForganisation_name;name\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ImportFormat.CSV);
        assertThat(DirectoryImports.detect("  [ ]".getBytes(StandardCharsets.UTF_8))).isEqualTo(ImportFormat.JSON);
        assertThatThrownBy(() -> DirectoryImports.detect(new byte[0])).isInstanceOf(DomainException.class)
                .hasMessage("directory.import.file.empty");
        assertThatThrownBy(() -> DirectoryImports.detect(new byte[] { (byte) 0xFF, (byte) 0xFE, 'a', 0 }))
                .hasMessage("directory.import.file.encoding");
        assertThatThrownBy(() -> DirectoryImports.detect("organisation_name\nCaf\u00e9".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessage("directory.import.file.encoding");
    }

    @Test
    void problemsAreSortedInTheOrderOfTheFile() {
        List<ImportProblem> problems = new java.util.ArrayList<>(List.of(
                ImportProblem.atPath(null, "[10].services[2]", "a", List.of()),
                ImportProblem.atPath(null, "[2].services[10]", "b", List.of()),
                ImportProblem.atPath(null, "[2].services[9]", "c", List.of()),
                ImportProblem.atPath(null, null, "d", List.of())));
        problems.sort(ImportProblem.IN_FILE_ORDER);
        assertThat(problems).extracting(ImportProblem::messageKey).containsExactly("d", "c", "b", "a");
    }
}
