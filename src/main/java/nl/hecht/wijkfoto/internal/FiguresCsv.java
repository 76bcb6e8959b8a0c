package nl.hecht.wijkfoto.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.PlainText;

/**
 * Reads the figures of a municipality or insurer per neighbourhood (R041) from a simple CSV file:
 *
 * <pre>
 * buurtcode;indicator;waarde;jaar;bron
 * BU99010101;Mensen met schulden (per 1.000);42,5;2025;Gemeente Voorbeeldstad
 * </pre>
 *
 * The first line names the columns (in this order); {@code ;} separates the fields, which may be in double quotes
 * but may not hold a {@code ;}. The value is a number with a decimal comma or point and no thousands separators; the
 * year has four digits; the neighbourhood must lie in the network's service area. Every bad line is reported with
 * its number, and a file with any bad line yields no figures at all.
 */
public final class FiguresCsv {

    public static final List<String> COLUMNS = List.of("buurtcode", "indicator", "waarde", "jaar", "bron");
    /** At most this many figures per file. */
    public static final int MAX_ROWS = 5000;
    static final int MAX_INDICATOR = 100;
    static final int MAX_SOURCE = 200;

    /** One figure as read. */
    public record Figure(NeighbourhoodCode neighbourhood, String indicator, BigDecimal value, int year,
            String source) {

        /** What makes two figures the same figure (a later import of it replaces the earlier one). */
        public String key() {
            return neighbourhood.value() + '\u0000' + indicator.toLowerCase(Locale.ROOT) + '\u0000' + year + '\u0000'
                    + source.toLowerCase(Locale.ROOT);
        }
    }

    /** A bad line: its number (1 is the header) and the message key of what is wrong, with the bad value. */
    public record Problem(int line, String messageKey, String value) {
    }

    /** The figures of a good file, or the problems of a bad one (and then no figures). */
    public record Result(List<Figure> figures, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private FiguresCsv() {
    }

    public static Result parse(String content, Set<NeighbourhoodCode> area) {
        List<Problem> problems = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        String text = content == null ? "" : content;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        int header = -1;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            return new Result(List.of(), List.of(new Problem(1, "wijkfoto.import.error.empty", "")));
        }
        List<String> names = fields(lines[header]).stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        if (!names.equals(COLUMNS)) {
            return new Result(List.of(), List.of(new Problem(header + 1, "wijkfoto.import.error.header",
                    String.join(";", COLUMNS))));
        }
        Set<String> seen = new HashSet<>();
        for (int i = header + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int line = i + 1;
            if (figures.size() + problems.size() >= MAX_ROWS) {
                problems.add(new Problem(line, "wijkfoto.import.error.too-many", String.valueOf(MAX_ROWS)));
                break;
            }
            Figure figure = figure(line, fields(lines[i]), area, problems);
            if (figure != null && !seen.add(figure.key())) {
                problems.add(new Problem(line, "wijkfoto.import.error.duplicate", figure.indicator()));
            } else if (figure != null) {
                figures.add(figure);
            }
        }
        if (figures.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(header + 2, "wijkfoto.import.error.no-rows", ""));
        }
        return problems.isEmpty() ? new Result(List.copyOf(figures), List.of()) : new Result(List.of(), problems);
    }

    private static Figure figure(int line, List<String> cells, Set<NeighbourhoodCode> area, List<Problem> problems) {
        if (cells.size() != COLUMNS.size()) {
            problems.add(new Problem(line, "wijkfoto.import.error.columns", String.valueOf(cells.size())));
            return null;
        }
        int before = problems.size();
        String code = cells.get(0);
        NeighbourhoodCode neighbourhood = null;
        if (!NeighbourhoodCode.isValid(code)) {
            problems.add(new Problem(line, "wijkfoto.import.error.code", code));
        } else {
            neighbourhood = new NeighbourhoodCode(code);
            if (!area.contains(neighbourhood)) {
                problems.add(new Problem(line, "wijkfoto.import.error.outside", neighbourhood.value()));
            }
        }
        String indicator = cells.get(1);
        if (indicator.isEmpty() || indicator.length() > MAX_INDICATOR || PlainText.hasControlCharacters(indicator)) {
            problems.add(new Problem(line, "wijkfoto.import.error.indicator", indicator));
        }
        BigDecimal value = number(cells.get(2));
        if (value == null) {
            problems.add(new Problem(line, "wijkfoto.import.error.value", cells.get(2)));
        }
        Integer year = year(cells.get(3));
        if (year == null) {
            problems.add(new Problem(line, "wijkfoto.import.error.year", cells.get(3)));
        }
        String source = cells.get(4);
        if (source.isEmpty() || source.length() > MAX_SOURCE || PlainText.hasControlCharacters(source)) {
            problems.add(new Problem(line, "wijkfoto.import.error.source", source));
        }
        return problems.size() > before ? null : new Figure(neighbourhood, indicator, value, year, source);
    }

    static List<String> fields(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(";", -1)) {
            String value = cell.strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1).replace("\"\"", "\"").strip();
            }
            cells.add(value);
        }
        return cells;
    }

    /** A number with a decimal comma or point (one of them, at most once), no thousands separators. */
    static BigDecimal number(String cell) {
        if (!cell.matches("-?\\d{1,15}([.,]\\d{1,4})?")) {
            return null;
        }
        return new BigDecimal(cell.replace(',', '.'));
    }

    static Integer year(String cell) {
        if (!cell.matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(cell);
        return year >= 1900 && year <= 2100 ? year : null;
    }
}
