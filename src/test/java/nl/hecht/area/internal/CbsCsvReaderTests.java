package nl.hecht.area.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.hecht.area.KeyFigures;
import nl.hecht.area.internal.CbsColumns.Figure;
import nl.hecht.area.internal.CbsCsvReader.CbsCsvFile;
import nl.hecht.area.internal.CbsCsvReader.CbsRow;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.jobs.ImportProblem;
import nl.hecht.shared.jobs.ImportProgress;

class CbsCsvReaderTests {

    private static final String HEADER = "gwb_code_10;gwb_code_8;regio;gm_naam;recs;a_inw;a_00_14;a_15_24;a_25_44;"
            + "a_45_64;a_65_oo;a_hh;a_1p_hh;g_ink_pi;a_wmo_t;g_afs_hp;a_opp_ha";

    private static CbsCsvFile read(String text) {
        return CbsCsvReader.read(text.getBytes(StandardCharsets.UTF_8), 2024, ImportProgress.none());
    }

    private static CbsRow row(CbsCsvFile file, String code) {
        return file.rows().stream().filter(row -> row.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void readsTheCurrentCbsLayoutWithDecimalCommaAndPoint() {
        CbsCsvFile file = read(HEADER + "\n"
                + "GM0344;0344;Utrecht;Utrecht;Gemeente;361960;55000;60000;120000;80000;46960;180000;90000;"
                + "28,9;15000;0,6;9938\n"
                + "BU03440101;03440101;Binnenstad;Utrecht;Buurt;2000;100;400;900;350;250;1400;1000;31.5;80;0.4;27\n");

        assertThat(file.problems().hasRejections()).isFalse();
        assertThat(file.unknownColumns()).isEmpty();
        assertThat(file.figures()).containsExactlyInAnyOrder(Figure.values());
        assertThat(row(file, "GM0344").level()).isEqualTo(AreaLevel.MUNICIPALITY);
        assertThat(row(file, "GM0344").figures()).isEqualTo(new KeyFigures(2024, 361960, 55000, 60000, 120000,
                80000, 46960, 180000, 90000, 28.9, 15000, 0.6, 9938));
        CbsRow neighbourhood = row(file, "BU03440101");
        assertThat(neighbourhood.name()).isEqualTo("Binnenstad");
        assertThat(neighbourhood.municipalityName()).isEqualTo("Utrecht");
        assertThat(neighbourhood.figures().averageIncomePerInhabitant()).isEqualTo(31.5);
        assertThat(neighbourhood.figures().distanceToGpKm()).isEqualTo(0.4);
    }

    @Test
    void sentinelsDotsAndBlanksAreUnknownNeverZero() {
        CbsCsvFile file = read(HEADER + "\n"
                + "BU03440101;;Binnenstad;Utrecht;Buurt;35;-99997;-99999999;.;;x;-99997;-99997;.;-99995;"
                + "-99999999;12\n");

        assertThat(file.problems().hasRejections()).isFalse();
        KeyFigures figures = row(file, "BU03440101").figures();
        assertThat(figures.inhabitants()).isEqualTo(35);
        assertThat(figures.age0to14()).isNull();
        assertThat(figures.age15to24()).isNull();
        assertThat(figures.age25to44()).isNull();
        assertThat(figures.age45to64()).isNull();
        assertThat(figures.age65plus()).isNull();
        assertThat(figures.households()).isNull();
        assertThat(figures.onePersonHouseholds()).isNull();
        assertThat(figures.averageIncomePerInhabitant()).isNull();
        assertThat(figures.wmoClients()).isNull();
        assertThat(figures.distanceToGpKm()).isNull();
        assertThat(figures.areaHectares()).isEqualTo(12);
    }

    @Test
    void zeroStaysZero() {
        CbsCsvFile file = read("gwb_code_10;a_inw;a_wmo_t\nBU03440101;0;0\n");

        assertThat(row(file, "BU03440101").figures().inhabitants()).isZero();
        assertThat(row(file, "BU03440101").figures().wmoClients()).isZero();
    }

    @Test
    void olderSpellingsCaseInsensitiveWithPercentagesConvertedAndUnknownColumnsReported() {
        CbsCsvFile file = read("BU_CODE,BU_NAAM,WK_CODE,GM_CODE,GM_NAAM,AANT_INW,AANT_MAN,P_00_14_JR,P_65_EO_JR,"
                + "AANT_HH,P_EENP_HH,OPP_TOT,AF_HUISART,INK_INW\n"
                + "BU03440101,Binnenstad,WK034401,GM0344,Utrecht,2000,990,15,20,1000,40,27,\"0,4\",\"31,5\"\n");

        assertThat(file.problems().hasRejections()).isFalse();
        assertThat(file.unknownColumns()).containsExactly("AANT_MAN");
        CbsRow row = row(file, "BU03440101");
        assertThat(row.name()).isEqualTo("Binnenstad");
        assertThat(row.municipalityName()).isEqualTo("Utrecht");
        assertThat(row.figures().inhabitants()).isEqualTo(2000);
        assertThat(row.figures().age0to14()).isEqualTo(300);
        assertThat(row.figures().age65plus()).isEqualTo(400);
        assertThat(row.figures().onePersonHouseholds()).isEqualTo(400);
        assertThat(row.figures().areaHectares()).isEqualTo(27);
        assertThat(row.figures().distanceToGpKm()).isEqualTo(0.4);
        assertThat(row.figures().averageIncomePerInhabitant()).isEqualTo(31.5);
        assertThat(file.problems().warnings()).extracting(ImportProblem::messageKey)
                .contains("area.import.warning.percentages");
        assertThat(file.figures()).doesNotContain(Figure.WMO_CLIENTS, Figure.AGE_15_24);
    }

    @Test
    void digitOnlyCodesTakeTheirLevelFromRecs() {
        CbsCsvFile file = read("gwb_code_8;regio;recs;a_inw\n344;Utrecht;Gemeente;10\n34401;West;Wijk;5\n"
                + "3440101;Binnenstad;Buurt;5\n");

        assertThat(file.problems().hasRejections()).isFalse();
        assertThat(file.rows()).extracting(CbsRow::code).containsExactly("GM0344", "WK034401", "BU03440101");
    }

    @Test
    void badRowsAreRejectedWithTheirLineNumbersAndReasons() {
        CbsCsvFile file = read(HEADER + "\n"
                + "BU03440101;;Goed;Utrecht;Buurt;100;;;;;;;;;;;\n"
                + "\n"
                + "BU0344010X;;Foute code;Utrecht;Buurt;100;;;;;;;;;;;\n"
                + "BU03440102;;Tekst;Utrecht;Buurt;honderd;;;;;;;;;;;\n"
                + "BU03440103;;Negatief;Utrecht;Buurt;-5;;;;;;;;;;;\n"
                + "WK034401;;Verkeerd;Utrecht;Buurt;100;;;;;;;;;;;\n"
                + "BU03440101;;Dubbel;Utrecht;Buurt;100;;;;;;;;;;;\n"
                + "BU03440104;;Breuk;Utrecht;Buurt;100,5;;;;;;;;;;;\n"
                + "BU03440105;;Kort;Utrecht\n");

        assertThat(file.problems().rejected()).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4L, "area.import.line.code-invalid"),
                        org.assertj.core.groups.Tuple.tuple(5L, "area.import.line.not-a-number"),
                        org.assertj.core.groups.Tuple.tuple(6L, "area.import.line.negative"),
                        org.assertj.core.groups.Tuple.tuple(7L, "area.import.line.level-mismatch"),
                        org.assertj.core.groups.Tuple.tuple(8L, "area.import.line.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(9L, "area.import.line.not-whole"),
                        org.assertj.core.groups.Tuple.tuple(10L, "area.import.line.too-few-fields"));
        assertThat(file.problems().rejected().get(1).arguments()).containsExactly("a_inw", "honderd");
        assertThat(file.problems().rejected().get(4).arguments()).containsExactly("BU03440101", "2");
        assertThat(file.rowsRead()).isEqualTo(8);
    }

    @Test
    void implausibleFiguresAreWarningsNotRejections() {
        CbsCsvFile file = read("gwb_code_10;a_inw;a_00_14;a_65_oo;a_hh;a_1p_hh\nBU03440101;100;150;60;90;95\n");

        assertThat(file.problems().hasRejections()).isFalse();
        assertThat(file.problems().warnings()).extracting(ImportProblem::messageKey).containsExactlyInAnyOrder(
                "area.import.warning.age-group-exceeds-inhabitants",
                "area.import.warning.one-person-households-exceed-households");
        assertThat(row(file, "BU03440101").figures().age0to14()).isEqualTo(150);
    }

    @Test
    void theNationalTotalIsSkippedWithAWarning() {
        CbsCsvFile file = read("gwb_code_10;regio;recs;a_inw\nNL00;Nederland;Land;17900000\nGM0344;Utrecht;Gemeente;1\n");

        assertThat(file.rows()).extracting(CbsRow::code).containsExactly("GM0344");
        assertThat(file.problems().warnings()).extracting(ImportProblem::messageKey)
                .containsExactly("area.import.warning.country-row-skipped");
    }

    @Test
    void readsWindows1252AndUtf8WithByteOrderMark() {
        String text = "gwb_code_10;regio\nBU03440101;De Meeën\n";
        CbsCsvFile latin = CbsCsvReader.read(text.getBytes(Charset.forName("windows-1252")), 2024,
                ImportProgress.none());
        CbsCsvFile bom = CbsCsvReader.read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), 2024,
                ImportProgress.none());

        assertThat(row(latin, "BU03440101").name()).isEqualTo("De Meeën");
        assertThat(row(bom, "BU03440101").name()).isEqualTo("De Meeën");
        assertThat(bom.unknownColumns()).isEmpty();
    }

    @Test
    void refusesFilesThatAreNotKeyFigures() {
        assertRefused(new byte[0], "area.import.file.empty");
        assertRefused("   \n\n".getBytes(StandardCharsets.UTF_8), "area.import.file.empty");
        assertRefused(new byte[] {'P', 'K', 3, 4, 0, 0}, "area.import.file.not-text");
        assertRefused("{\"type\":\"FeatureCollection\"}".getBytes(StandardCharsets.UTF_8),
                "area.import.file.json-not-csv");
        assertRefused("naam;inwoners\nUtrecht;3\n".getBytes(StandardCharsets.UTF_8),
                "area.import.file.no-code-column");
        assertRefused("gwb_code_10;a_inw\n".getBytes(StandardCharsets.UTF_8), "area.import.file.no-rows");
    }

    @Test
    void precheckFindsTheSameFileMistakesFromTheStartOfAFile() {
        assertThatThrownBy(() -> CbsCsvReader.precheck("naam;inwoners\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("area.import.file.no-code-column");
        CbsCsvReader.precheck((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> CbsCsvReader.read(content, 2024, ImportProgress.none()))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo(key);
    }

    @Test
    void numbersFollowTheDocumentedRules() throws Exception {
        assertThat(CbsNumbers.parse(" 1.234,5 ")).isEqualByComparingTo("1234.5");
        assertThat(CbsNumbers.parse("12,5")).isEqualByComparingTo("12.5");
        assertThat(CbsNumbers.parse("12.5")).isEqualByComparingTo("12.5");
        assertThat(CbsNumbers.parse("-99990")).isNull();
        assertThat(CbsNumbers.parse("-99989")).isEqualByComparingTo("-99989");
        for (String unknown : List.of("", ".", "x", "-", "?", "-99997", "-99999999")) {
            assertThat(CbsNumbers.parse(unknown)).as(unknown).isNull();
        }
        assertThatThrownBy(() -> CbsNumbers.parse("12a")).isInstanceOf(CbsNumbers.NotANumber.class);
    }
}
