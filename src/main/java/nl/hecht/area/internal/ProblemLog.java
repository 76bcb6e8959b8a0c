package nl.hecht.area.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.hecht.shared.jobs.ImportProblem;

/** Collects the rejected lines and warnings of one import; keeps the first {@value #KEPT} of each, counts all. */
final class ProblemLog {

    static final int KEPT = 500;
    private static final int MAX_ARGUMENT_LENGTH = 60;

    private final List<ImportProblem> rejected = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private int rejectedCount;
    private int warningCount;

    void reject(Long line, Integer feature, String messageKey, Object... arguments) {
        rejectedCount++;
        if (rejected.size() < KEPT) {
            rejected.add(problem(line, feature, messageKey, arguments));
        }
    }

    void warn(Long line, Integer feature, String messageKey, Object... arguments) {
        warningCount++;
        if (warnings.size() < KEPT) {
            warnings.add(problem(line, feature, messageKey, arguments));
        }
    }

    boolean hasRejections() {
        return rejectedCount > 0;
    }

    List<ImportProblem> rejected() {
        return List.copyOf(rejected);
    }

    List<ImportProblem> warnings() {
        return List.copyOf(warnings);
    }

    int rejectedCount() {
        return rejectedCount;
    }

    int warningCount() {
        return warningCount;
    }

    private static ImportProblem problem(Long line, Integer feature, String key, Object... arguments) {
        return ImportProblem.atFeature(line, feature, key, Arrays.stream(arguments).map(ProblemLog::shorten).toList());
    }

    /** Values from a file are shown to the user: keep them short. */
    private static String shorten(Object argument) {
        String text = String.valueOf(argument);
        return text.length() > MAX_ARGUMENT_LENGTH ? text.substring(0, MAX_ARGUMENT_LENGTH - 1) + "…" : text;
    }
}
