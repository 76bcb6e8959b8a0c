package nl.hecht.directory.internal.exchange;

import java.util.List;

/**
 * Why (part of) a file cannot be imported: where (a CSV line or a JSON path such as {@code [3].services[1].name}),
 * and the message key with its arguments.
 */
public record ImportProblem(Long line, String path, String messageKey, List<String> arguments) {

    /** File-level problems first, then by line, then by path (numbers in a path compared as numbers). */
    static final java.util.Comparator<ImportProblem> IN_FILE_ORDER = java.util.Comparator
            .comparing(ImportProblem::line, java.util.Comparator.nullsFirst(java.util.Comparator.<Long>naturalOrder()))
            .thenComparing(ImportProblem::path, java.util.Comparator.nullsFirst(ImportProblem::comparePaths));

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem at(ExchangeData.Source source, String messageKey, Object... arguments) {
        return new ImportProblem(source == null ? null : source.line(), source == null ? null : source.path(),
                messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** For the message source. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }

    private static int comparePaths(String a, String b) {
        java.util.regex.Matcher left = PART.matcher(a);
        java.util.regex.Matcher right = PART.matcher(b);
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

    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("\\d{1,18}|\\D+");
}
