package nl.hecht.shared.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of every export Hecht offers (the sociale kaart, the coverage findings, …), built on Commons CSV:
 * UTF-8 with a byte order mark, {@code ;} between fields and CRLF between records (what Dutch spreadsheet settings
 * expect), fields with the delimiter, quotes or line breaks quoted.
 * <p>
 * Every cell is <b>neutralised</b> against formula injection: a spreadsheet evaluates a cell that starts with
 * {@code = + - @}, a tab or a carriage return as a formula (OWASP "CSV injection"), so such a cell gets a leading
 * apostrophe ({@code '=HYPERLINK(…)}, {@code '+31 10 123 4567}), which spreadsheets read as "text follows". To keep
 * {@code export → import} lossless, a cell that already starts with apostrophes followed by such a character gets one
 * apostrophe more; {@link #restore(String)} takes exactly one off again, so {@code restore(neutralise(v)) == v} for
 * every value. An importer of Hecht's own CSV calls {@code restore} on every cell it reads.
 */
public final class SpreadsheetCsv {

    /** The field delimiter of every export. */
    public static final char DELIMITER = ';';

    /** The byte order mark every export starts with. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    /** First characters a spreadsheet takes as the start of a formula. */
    static final String FORMULA_STARTS = "=+-@\t\r";

    private static final char TEXT_MARK = '\'';

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(DELIMITER)
            .setRecordSeparator("\r\n").get();

    private SpreadsheetCsv() {
    }

    /** The rows of a table being written. */
    public interface Rows {

        /** Writes one record; {@code null} cells are written empty. */
        void row(List<String> cells);

        default void row(String... cells) {
            row(Arrays.asList(cells));
        }
    }

    /**
     * A whole table as the bytes of a file: the mark, the header, then the rows the body writes, every cell
     * neutralised.
     */
    public static byte[] write(List<String> header, Consumer<Rows> body) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            Rows rows = cells -> {
                List<String> safe = new ArrayList<>(cells.size());
                for (String cell : cells) {
                    safe.add(neutralise(cell));
                }
                try {
                    printer.printRecord(safe);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            rows.row(header);
            body.accept(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The cell as it is written: with one apostrophe more when a spreadsheet could take it as a formula. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return needsMark(cell) ? TEXT_MARK + cell : cell;
    }

    /** The value of a cell {@link #neutralise(String)} wrote (a cell written otherwise stays as it is). */
    public static String restore(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != TEXT_MARK) {
            return cell;
        }
        String rest = cell.substring(1);
        return needsMark(rest) ? rest : cell;
    }

    /** Starts with a formula character, possibly after apostrophes (which then must survive a restore). */
    private static boolean needsMark(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == TEXT_MARK) {
            i++;
        }
        return i < value.length() && FORMULA_STARTS.indexOf(value.charAt(i)) >= 0;
    }
}
