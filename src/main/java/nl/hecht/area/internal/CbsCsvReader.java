package nl.hecht.area.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import nl.hecht.area.KeyFigures;
import nl.hecht.area.internal.CbsColumns.Figure;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.jobs.ImportProgress;

/**
 * Reads and checks a CBS "Kerncijfers wijken en buurten" CSV without writing anything: the whole file is read first,
 * so that an import either takes every line or none. Separated by {@code ;} (or {@code ,} or a tab, whichever the
 * header holds most of), in UTF-8 with or without byte-order mark, UTF-16 with byte-order mark, or windows-1252.
 * Columns are found by name through {@link CbsColumns}; the ones Hecht does not know are reported and skipped.
 */
final class CbsCsvReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** CBS rounds counts to 5; five rounded age groups may add up to this much more than the inhabitants. */
    private static final int AGE_SUM_TOLERANCE = 25;

    /** One accepted data line. Names are null when the file does not give them. */
    record CbsRow(long line, String code, AreaLevel level, String name, String districtName,
            String municipalityName, KeyFigures figures) {
    }

    /**
     * The result of reading: the accepted rows (all of them, when nothing was rejected), which figures the file
     * holds (absent ones are left as they are at import), the unknown columns and the problems.
     */
    record CbsCsvFile(List<CbsRow> rows, Set<Figure> figures, List<String> unknownColumns, ProblemLog problems,
            int rowsRead) {
    }

    private CbsCsvReader() {
    }

    /**
     * Checks the start of a file before it is queued for import, so the obvious mistakes (an empty file, a
     * spreadsheet, a GeoJSON file, no code column) are told at once. Throws a {@link DomainException} with the reason.
     */
    static void precheck(byte[] head) {
        String text = decode(head);
        String header = text.lines().filter(line -> !line.isBlank()).findFirst()
                .orElseThrow(() -> new DomainException("area.import.file.empty"));
        Columns columns = Columns.of(parseLine(header, delimiter(header)));
        columns.requireCode();
    }

    /** Reads the whole file. File-level problems throw a {@link DomainException}; line problems are collected. */
    static CbsCsvFile read(byte[] content, int year, ImportProgress<AreaImportPhase> progress) {
        String text = decode(content);
        if (text.isBlank()) {
            throw new DomainException("area.import.file.empty");
        }
        LineIndex lines = new LineIndex(text);
        String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        CSVFormat format = format(delimiter(firstLine));
        ProblemLog problems = new ProblemLog();
        List<CbsRow> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        int rowsRead = 0;
        long lastLine = 1;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord headerRecord = records.next();
            Columns columns = Columns.of(Arrays.asList(headerRecord.values()));
            columns.requireCode();
            if (!columns.percentageColumns.isEmpty()) {
                problems.warn(null, null, "area.import.warning.percentages",
                        String.join(", ", columns.percentageColumns.values()));
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rowsRead++;
                long line = lines.lineOf(startOf(text, record.getCharacterPosition()));
                lastLine = line;
                readRow(record, line, columns, year, problems, seen).ifPresent(rows::add);
                if (rowsRead % 500 == 0) {
                    progress.report(AreaImportPhase.READING, line, lines.count());
                }
            }
            if (rowsRead == 0) {
                throw new DomainException("area.import.file.no-rows");
            }
            progress.report(AreaImportPhase.READING, lines.count(), lines.count());
            return new CbsCsvFile(rows, columns.figures(), columns.unknown, problems, rowsRead);
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            // Commons CSV reports a broken quote and the like this way; the line is where reading stopped.
            throw new DomainException("area.import.file.malformed", String.valueOf(lastLine + 1));
        }
    }

    /** Where a record really starts: its position includes the empty lines the parser skipped before it. */
    private static long startOf(String text, long position) {
        int start = (int) position;
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        return start;
    }

    private static Optional<CbsRow> readRow(CSVRecord record, long line, Columns columns, int year,
            ProblemLog problems, Map<String, Long> seen) {
        int before = problems.rejectedCount();
        if (record.size() < columns.count) {
            problems.reject(line, null, "area.import.line.too-few-fields", record.size(), columns.count);
            return Optional.empty();
        }
        for (int i = columns.count; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                problems.reject(line, null, "area.import.line.too-many-fields", record.size(), columns.count);
                return Optional.empty();
            }
        }
        String rawCode = record.get(columns.code).strip();
        String levelName = columns.level >= 0 ? record.get(columns.level).strip() : "";
        if ("land".equalsIgnoreCase(levelName) || rawCode.toUpperCase(Locale.ROOT).startsWith("NL")) {
            problems.warn(line, null, "area.import.warning.country-row-skipped", rawCode);
            return Optional.empty();
        }
        if (rawCode.isEmpty()) {
            problems.reject(line, null, "area.import.line.code-missing");
            return Optional.empty();
        }
        Optional<AreaLevel> namedLevel = AreaLevel.ofCbsName(levelName);
        if (!levelName.isEmpty() && namedLevel.isEmpty()) {
            problems.reject(line, null, "area.import.line.level-unknown", levelName);
            return Optional.empty();
        }
        boolean digitsOnly = rawCode.chars().allMatch(c -> c >= '0' && c <= '9');
        Optional<String> code = AreaLevel.normalise(rawCode, digitsOnly ? namedLevel.orElse(null) : null);
        if (code.isEmpty()) {
            problems.reject(line, null, "area.import.line.code-invalid", rawCode);
            return Optional.empty();
        }
        AreaLevel level = AreaLevel.ofCode(code.get()).orElseThrow();
        if (namedLevel.isPresent() && namedLevel.get() != level) {
            problems.reject(line, null, "area.import.line.level-mismatch", code.get(), levelName);
            return Optional.empty();
        }
        Long earlier = seen.putIfAbsent(code.get(), line);
        if (earlier != null) {
            problems.reject(line, null, "area.import.line.duplicate", code.get(), earlier);
            return Optional.empty();
        }
        Map<Figure, BigDecimal> values = new EnumMap<>(Figure.class);
        for (Map.Entry<Figure, Integer> column : columns.figureColumns.entrySet()) {
            readFigure(record, line, column.getKey(), column.getValue(), columns, false, problems, values);
        }
        for (Map.Entry<Figure, Integer> column : columns.percentageIndexes.entrySet()) {
            readFigure(record, line, column.getKey(), column.getValue(), columns, true, problems, values);
        }
        if (problems.rejectedCount() > before) {
            return Optional.empty();
        }
        for (Figure figure : columns.percentageIndexes.keySet()) {
            BigDecimal percentage = values.get(figure);
            BigDecimal base = values.get(figure.percentageOf());
            values.put(figure, percentage == null || base == null ? null
                    : percentage.multiply(base).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP));
        }
        KeyFigures figures = figures(year, values);
        warnImplausible(line, figures, problems);
        String name = columns.name(record, level);
        String districtName = level == AreaLevel.NEIGHBOURHOOD ? columns.text(record, columns.districtName) : null;
        String municipalityName = columns.text(record, columns.municipalityName);
        return Optional.of(new CbsRow(line, code.get(), level, name, districtName, municipalityName, figures));
    }

    private static void readFigure(CSVRecord record, long line, Figure figure, int index, Columns columns,
            boolean percentage, ProblemLog problems, Map<Figure, BigDecimal> values) {
        String column = columns.headers.get(index);
        String raw = record.get(index);
        BigDecimal value;
        try {
            value = CbsNumbers.parse(raw);
        } catch (CbsNumbers.NotANumber e) {
            problems.reject(line, null, "area.import.line.not-a-number", column, raw.strip());
            return;
        }
        if (value == null) {
            values.put(figure, null);
            return;
        }
        if (value.signum() < 0) {
            problems.reject(line, null, "area.import.line.negative", column, raw.strip());
        } else if (percentage && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.reject(line, null, "area.import.line.percentage-out-of-range", column, raw.strip());
        } else if (!percentage && figure.wholeNumber() && value.stripTrailingZeros().scale() > 0) {
            problems.reject(line, null, "area.import.line.not-whole", column, raw.strip());
        } else if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            problems.reject(line, null, "area.import.line.too-large", column, raw.strip());
        } else {
            values.put(figure, value);
        }
    }

    private static KeyFigures figures(int year, Map<Figure, BigDecimal> values) {
        return new KeyFigures(year, whole(values, Figure.INHABITANTS), whole(values, Figure.AGE_0_14),
                whole(values, Figure.AGE_15_24), whole(values, Figure.AGE_25_44), whole(values, Figure.AGE_45_64),
                whole(values, Figure.AGE_65_PLUS), whole(values, Figure.HOUSEHOLDS),
                whole(values, Figure.ONE_PERSON_HOUSEHOLDS), decimal(values, Figure.AVERAGE_INCOME_PER_INHABITANT),
                whole(values, Figure.WMO_CLIENTS), decimal(values, Figure.DISTANCE_TO_GP),
                whole(values, Figure.AREA_HECTARES));
    }

    private static Integer whole(Map<Figure, BigDecimal> values, Figure figure) {
        BigDecimal value = values.get(figure);
        return value == null ? null : value.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    private static Double decimal(Map<Figure, BigDecimal> values, Figure figure) {
        BigDecimal value = values.get(figure);
        return value == null ? null : value.doubleValue();
    }

    /** Figures that cannot all be right are imported with a warning: CBS rounds and sometimes corrects later. */
    private static void warnImplausible(long line, KeyFigures f, ProblemLog problems) {
        Integer inhabitants = f.inhabitants();
        if (inhabitants != null) {
            int sum = 0;
            boolean complete = true;
            for (Integer group : List.of(nz(f.age0to14()), nz(f.age15to24()), nz(f.age25to44()), nz(f.age45to64()),
                    nz(f.age65plus()))) {
                if (group < 0) {
                    complete = false;
                } else if (group > inhabitants) {
                    problems.warn(line, null, "area.import.warning.age-group-exceeds-inhabitants", group,
                            inhabitants);
                } else {
                    sum += group;
                }
            }
            if (complete && sum > inhabitants + AGE_SUM_TOLERANCE) {
                problems.warn(line, null, "area.import.warning.age-sum-exceeds-inhabitants", sum, inhabitants);
            }
            if (f.households() != null && f.households() > inhabitants) {
                problems.warn(line, null, "area.import.warning.households-exceed-inhabitants", f.households(),
                        inhabitants);
            }
        }
        if (f.households() != null && f.onePersonHouseholds() != null && f.onePersonHouseholds() > f.households()) {
            problems.warn(line, null, "area.import.warning.one-person-households-exceed-households",
                    f.onePersonHouseholds(), f.households());
        }
    }

    /** A missing group counts as -1, so that the sum check is skipped for incomplete rows. */
    private static int nz(Integer value) {
        return value == null ? -1 : value;
    }

    /** Text from bytes: byte-order marks first, then strict UTF-8, else windows-1252. Refuses binary files. */
    static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new DomainException("area.import.file.empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        if (binary(bytes)) {
            throw new DomainException("area.import.file.not-text");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
        }
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            throw new DomainException("area.import.file.json-not-csv");
        }
        return text;
    }

    /** Spreadsheets, archives and PDF files, or anything with NUL bytes near the start. */
    private static boolean binary(byte[] bytes) {
        if (startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)
                || startsWith(bytes, '%', 'P', 'D', 'F')) {
            return true;
        }
        int end = Math.min(bytes.length, 8192);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The separator that the header line holds most of; {@code ;} when in doubt. */
    static char delimiter(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
    }

    private static List<String> parseLine(String line, char delimiter) {
        try (CSVParser parser = format(delimiter).parse(new StringReader(line))) {
            return parser.getRecords().stream().findFirst().map(r -> Arrays.asList(r.values()))
                    .orElseThrow(() -> new DomainException("area.import.file.empty"));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new DomainException("area.import.file.malformed", "1");
        }
    }

    /** Where the columns Hecht reads are in this file. */
    private static final class Columns {

        final List<String> headers;
        final int count;
        final int code;
        final int level;
        final int name;
        final int municipalityName;
        final int districtName;
        final int neighbourhoodName;
        final Map<Figure, Integer> figureColumns = new EnumMap<>(Figure.class);
        final Map<Figure, Integer> percentageIndexes = new EnumMap<>(Figure.class);
        final Map<Figure, String> percentageColumns = new EnumMap<>(Figure.class);
        final List<String> unknown = new ArrayList<>();

        private Columns(List<String> headers) {
            this.headers = headers.stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            this.count = trimmedCount(this.headers);
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String normal = CbsColumns.normalise(this.headers.get(i));
                if (normal.isEmpty()) {
                    continue;
                }
                index.putIfAbsent(normal, i);
                if (!CbsColumns.known(normal)) {
                    unknown.add(this.headers.get(i));
                }
            }
            this.code = first(index, CbsColumns.CODE);
            this.level = first(index, CbsColumns.LEVEL);
            this.name = first(index, CbsColumns.NAME);
            this.municipalityName = first(index, CbsColumns.MUNICIPALITY_NAME);
            this.districtName = first(index, CbsColumns.DISTRICT_NAME);
            this.neighbourhoodName = first(index, CbsColumns.NEIGHBOURHOOD_NAME);
            for (Figure figure : Figure.values()) {
                int absolute = first(index, figure.aliases());
                if (absolute >= 0) {
                    figureColumns.put(figure, absolute);
                    continue;
                }
                int percentage = first(index, figure.percentageAliases());
                if (percentage >= 0) {
                    percentageIndexes.put(figure, percentage);
                    percentageColumns.put(figure, this.headers.get(percentage));
                }
            }
        }

        static Columns of(List<String> headers) {
            return new Columns(headers);
        }

        /** Trailing empty headers (a separator at the end of the line) do not count. */
        private static int trimmedCount(List<String> headers) {
            int count = headers.size();
            while (count > 0 && headers.get(count - 1).isEmpty()) {
                count--;
            }
            return count;
        }

        void requireCode() {
            if (code < 0) {
                throw new DomainException("area.import.file.no-code-column", String.join(", ", CbsColumns.CODE));
            }
        }

        Set<Figure> figures() {
            Set<Figure> figures = EnumSet.noneOf(Figure.class);
            figures.addAll(figureColumns.keySet());
            figures.addAll(percentageIndexes.keySet());
            return figures;
        }

        String name(CSVRecord record, AreaLevel level) {
            String own = text(record, name);
            if (own != null) {
                return own;
            }
            return switch (level) {
                case MUNICIPALITY -> text(record, municipalityName);
                case DISTRICT -> text(record, districtName);
                case NEIGHBOURHOOD -> text(record, neighbourhoodName);
            };
        }

        String text(CSVRecord record, int column) {
            if (column < 0) {
                return null;
            }
            String value = record.get(column).strip();
            return value.isEmpty() ? null : value;
        }

        private static int first(Map<String, Integer> index, List<String> aliases) {
            return aliases.stream().filter(index::containsKey).findFirst().map(index::get).orElse(-1);
        }
    }

    /** Line numbers from character positions, so that a quoted field over several lines does not confuse them. */
    private static final class LineIndex {

        private final int[] starts;

        LineIndex(String text) {
            List<Integer> positions = new ArrayList<>();
            positions.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    positions.add(i + 1);
                }
            }
            this.starts = positions.stream().mapToInt(Integer::intValue).toArray();
        }

        long lineOf(long position) {
            int found = Arrays.binarySearch(starts, (int) position);
            return (found >= 0 ? found : -found - 2) + 1L;
        }

        long count() {
            return starts.length;
        }
    }
}
