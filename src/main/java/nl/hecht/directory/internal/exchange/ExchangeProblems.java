package nl.hecht.directory.internal.exchange;

import java.util.Arrays;

import nl.hecht.shared.DomainException;
import nl.hecht.shared.jobs.ImportProblem;

/** Problems of a sociale kaart file, at a record's place in it. */
final class ExchangeProblems {

    private ExchangeProblems() {
    }

    /** A problem at a CSV line or JSON path; a null source is the file as a whole. */
    static ImportProblem at(ExchangeData.Source source, String messageKey, Object... arguments) {
        return ImportProblem.atPath(source == null ? null : source.line(), source == null ? null : source.path(),
                messageKey, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The refusal of a record, at its CSV line or JSON path. */
    static ImportProblem of(ExchangeData.Source source, DomainException e) {
        return at(source, e.messageKey(), e.arguments());
    }
}
