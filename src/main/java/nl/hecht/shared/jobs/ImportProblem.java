package nl.hecht.shared.jobs;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something wrong with (part of) an imported file, as a message key with its arguments, so it is shown in the
 * reader's language, and where it is. Every place is null for the file as a whole.
 *
 * @param line the line of the file where the row, record or feature starts (1 is the first line)
 * @param feature the number of the feature in a GeoJSON file (1 is the first)
 * @param path the place in a JSON file, such as {@code [3].services[1].name}
 */
public record ImportProblem(Long line, Integer feature, String path, String messageKey, List<String> arguments) {

    /** File-level problems first, then by line, feature and path (numbers in a path compared as numbers). */
    public static final Comparator<ImportProblem> IN_FILE_ORDER = Comparator
            .comparing(ImportProblem::line, Comparator.nullsFirst(Comparator.<Long>naturalOrder()))
            .thenComparing(ImportProblem::feature, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .thenComparing(ImportProblem::path, Comparator.nullsFirst(ImportProblem::comparePaths));

    private static final Pattern PART = Pattern.compile("\\d{1,18}|\\D+");

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    /** A problem at a line (null: the file as a whole) and, in a GeoJSON file, a feature. */
    public static ImportProblem atFeature(Long line, Integer feature, String messageKey, List<String> arguments) {
        return new ImportProblem(line, feature, null, messageKey, arguments);
    }

    /** A problem at a line or a place in a JSON file (both null: the file as a whole). */
    public static ImportProblem atPath(Long line, String path, String messageKey, List<String> arguments) {
        return new ImportProblem(line, null, path, messageKey, arguments);
    }

    /** The arguments as the message source wants them. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }

    private static int comparePaths(String a, String b) {
        Matcher left = PART.matcher(a);
        Matcher right = PART.matcher(b);
        while (left.find() && right.find()) {
            String x = left.group();
            String y = right.group();
            int order = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))
                    ? Long.compare(Long.parseLong(x), Long.parseLong(y)) : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
