package nl.hecht.network.internal.coverage;

import java.util.List;
import java.util.Set;

import nl.hecht.network.AreaBasis;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.internal.composition.ExpectationResult;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * What the coverage analysis needs to know of a network.
 *
 * @param practicePopulation the summed list sizes of the GP practices a practice-based network serves, or null
 * @param compositionGaps the expectations the network does not meet (R006, R023): a discipline missing; results that
 *        are only a tip (present without a named contact) are left out
 * @param compositionTips the expectations met without a named contact: a softer tip (seed 001), never a gap
 */
public record NetworkFact(NetworkRef ref, NetworkKind kind, AreaBasis basis, boolean sizeJustified,
        Set<NeighbourhoodCode> neighbourhoods, Long practicePopulation, boolean hasCoordinator,
        List<ExpectationResult> compositionGaps, List<ExpectationResult> compositionTips) {

    public NetworkFact {
        neighbourhoods = Set.copyOf(neighbourhoods);
        // Only a missing discipline is a gap; a discipline without a named contact is a tip (seed 001).
        compositionGaps = compositionGaps.stream().filter(ExpectationResult::isGap).toList();
        compositionTips = compositionTips == null ? List.of()
                : compositionTips.stream().filter(ExpectationResult::isTip).toList();
    }

    /** A network fact from the results of its composition check, split into gaps and tips. */
    public NetworkFact(NetworkRef ref, NetworkKind kind, AreaBasis basis, boolean sizeJustified,
            Set<NeighbourhoodCode> neighbourhoods, Long practicePopulation, boolean hasCoordinator,
            List<ExpectationResult> compositionResults) {
        this(ref, kind, basis, sizeJustified, neighbourhoods, practicePopulation, hasCoordinator, compositionResults,
                compositionResults);
    }

    public NetworkStatus status() {
        return ref.status();
    }

    boolean isCore() {
        return kind == NetworkKind.CORE;
    }

    boolean isLive() {
        return ref.status() != NetworkStatus.ENDED;
    }

    boolean covers() {
        return isCore() && ref.status() == NetworkStatus.ACTIVE;
    }
}
