package nl.hecht.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The one CSV writer of all exports: the spreadsheet format and formula cells neutralised. */
class SpreadsheetCsvTests {

    private static final List<String> TRICKY = List.of("=1+1", "+31 10 123 4567", "-5", "@SUM(A1)", "\t=1", "\r=1",
            "'", "''", "'=1", "''=1", "'''-", "'gewoon", "gewoon", "a=b", " =1", "", "Tekst met ; en \" en\nregel");

    @Test
    void everyCellThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertThat(SpreadsheetCsv.neutralise(start + "HYPERLINK(1)")).isEqualTo("'" + start + "HYPERLINK(1)");
        }
        assertThat(SpreadsheetCsv.neutralise("Buurthuis = ontmoeting")).isEqualTo("Buurthuis = ontmoeting");
        assertThat(SpreadsheetCsv.neutralise("'gewoon")).isEqualTo("'gewoon");
        assertThat(SpreadsheetCsv.neutralise("'=al tekst")).as("an apostrophe of the value itself survives")
                .isEqualTo("''=al tekst");
        assertThat(SpreadsheetCsv.neutralise(null)).isEmpty();
    }

    @Test
    void restoreUndoesNeutraliseForEveryValue() {
        for (String value : TRICKY) {
            assertThat(SpreadsheetCsv.restore(SpreadsheetCsv.neutralise(value))).as(value).isEqualTo(value);
        }
        assertThat(SpreadsheetCsv.restore("'gewoon")).as("a cell Hecht did not mark stays as it is")
                .isEqualTo("'gewoon");
    }

    @Test
    void aTableIsWrittenForSpreadsheetsAndReadsBackCellForCell() throws Exception {
        byte[] bytes = SpreadsheetCsv.write(List.of("naam", "=kop"), rows -> {
            for (String value : TRICKY) {
                rows.row(value, null);
            }
        });
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFnaam;'=kop\r\n=1+1;".replace("=1+1", "'=1+1"));
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(TRICKY.size() + 1);
        for (int i = 0; i < TRICKY.size(); i++) {
            CSVRecord record = records.get(i + 1);
            String cell = record.get(0);
            assertThat(cell).as("written cell of " + TRICKY.get(i)).doesNotStartWith("=").doesNotStartWith("+")
                    .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            assertThat(SpreadsheetCsv.restore(cell)).isEqualTo(TRICKY.get(i));
            assertThat(record.get(1)).isEmpty();
        }
    }
}
