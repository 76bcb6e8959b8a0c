package nl.hecht.network.internal.composition;

import java.util.List;
import java.util.Set;

/** The outcome of a composition check (gaps: a discipline missing; tips: present without a named contact), and the professions with more than one mandated delegate (R172). */
public record CompositionResult(List<ExpectationResult> results, Set<String> severalDelegates) {

    public CompositionResult {
        results = List.copyOf(results);
        severalDelegates = Set.copyOf(severalDelegates);
    }

    public boolean hasGaps() {
        return results.stream().anyMatch(ExpectationResult::isGap);
    }

    public List<ExpectationResult> gaps() {
        return results.stream().filter(ExpectationResult::isGap).toList();
    }

    /** The expectations met without a named contact: a tip, not a gap (seed 001). */
    public List<ExpectationResult> tips() {
        return results.stream().filter(ExpectationResult::isTip).toList();
    }
}
