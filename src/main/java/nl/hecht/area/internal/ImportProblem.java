package nl.hecht.area.internal;

import java.util.List;

/**
 * Something wrong with one line of an imported file (or one feature of a GeoJSON file), as a message key with its
 * arguments, so it is shown in the reader's language.
 *
 * @param line the line of the file where the row or feature starts (1 is the first line); null for the file as a whole
 * @param feature the number of the feature in a GeoJSON file (1 is the first); null for a CSV file
 */
public record ImportProblem(Long line, Integer feature, String messageKey, List<String> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    /** The arguments as the message source wants them. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
