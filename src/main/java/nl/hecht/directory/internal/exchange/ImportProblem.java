package nl.hecht.directory.internal.exchange;

import java.util.List;

/**
 * Why (part of) a file cannot be imported: where (a CSV line or a JSON path such as {@code [3].services[1].name}),
 * and the message key with its arguments.
 */
public record ImportProblem(Long line, String path, String messageKey, List<String> arguments) {

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
}
