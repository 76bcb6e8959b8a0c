package nl.hecht.network.internal.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.hecht.network.NetworkStatus;
import nl.hecht.network.internal.coverage.CoverageReport.CompositionFinding;
import nl.hecht.network.internal.coverage.CoverageReport.Gap;
import nl.hecht.network.internal.coverage.CoverageReport.Overlap;
import nl.hecht.network.internal.coverage.CoverageReport.SizeFinding;
import nl.hecht.network.internal.region.SizeAdvice;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The coverage analysis of a region. Pure and in memory: one pass over the networks to index the neighbourhoods of
 * their service areas, one pass over the region's neighbourhoods. Rules:
 * <ul>
 * <li>only an <em>active core</em> network covers a neighbourhood (R001, R022); one in formation or paused does
 * not;</li>
 * <li>an overlap is a neighbourhood in more than one core network that has not ended (R024); thematic networks
 * never count (R142);</li>
 * <li>a core network that has not ended is checked against the size advice (R014, R025); a recorded justification
 * marks a deviation as accepted (R015), it is still listed;</li>
 * <li>composition gaps (a discipline missing) and missing coordinators are reported for every network that has not
 * ended; disciplines present without a named contact are listed apart as tips, never as a gap.</li>
 * </ul>
 * A neighbourhood whose inhabitants are unknown counts as 0 inhabitants.
 */
public final class CoverageAnalysis {

    private CoverageAnalysis() {
    }

    public static CoverageReport analyse(SizeAdvice advice, List<AreaFact> areas, Collection<NetworkFact> networks) {
        Map<NeighbourhoodCode, List<NetworkFact>> coreByNeighbourhood = new HashMap<>(areas.size() * 2);
        Map<NeighbourhoodCode, Long> inhabitantsByCode = new HashMap<>(areas.size() * 2);
        for (AreaFact area : areas) {
            inhabitantsByCode.put(area.code(), area.inhabitantsOrZero());
        }
        List<NetworkFact> sorted = networks.stream()
                .sorted(Comparator.comparing((NetworkFact fact) -> fact.ref().name()).thenComparing(fact -> fact.ref().id().value()))
                .toList();
        for (NetworkFact network : sorted) {
            if (network.isCore() && network.isLive()) {
                for (NeighbourhoodCode code : network.neighbourhoods()) {
                    coreByNeighbourhood.computeIfAbsent(code, key -> new ArrayList<>(2)).add(network);
                }
            }
        }

        int covered = 0;
        long inhabitants = 0;
        long coveredInhabitants = 0;
        List<Gap> gaps = new ArrayList<>();
        List<Overlap> overlaps = new ArrayList<>();
        Map<NeighbourhoodCode, CoverageStatus> statuses = new HashMap<>(areas.size() * 2);
        for (AreaFact area : areas) {
            List<NetworkFact> core = coreByNeighbourhood.getOrDefault(area.code(), List.of());
            long people = area.inhabitantsOrZero();
            inhabitants += people;
            boolean active = core.stream().anyMatch(NetworkFact::covers);
            if (active) {
                covered++;
                coveredInhabitants += people;
            } else {
                gaps.add(new Gap(area, core.stream().map(NetworkFact::ref).toList()));
            }
            if (core.size() > 1) {
                overlaps.add(new Overlap(area, core.stream().map(NetworkFact::ref).toList()));
                statuses.put(area.code(), CoverageStatus.OVERLAP);
            } else if (active) {
                statuses.put(area.code(), CoverageStatus.COVERED);
            } else {
                statuses.put(area.code(), core.isEmpty() ? CoverageStatus.GAP : CoverageStatus.FORMING);
            }
        }

        List<SizeFinding> sizes = new ArrayList<>();
        List<CompositionFinding> composition = new ArrayList<>();
        List<CompositionFinding> tips = new ArrayList<>();
        List<NetworkRef> withoutCoordinator = new ArrayList<>();
        for (NetworkFact network : sorted) {
            if (!network.isLive()) {
                continue;
            }
            if (network.isCore()) {
                sizeFinding(advice, network, inhabitantsByCode).ifPresent(sizes::add);
            }
            if (!network.compositionGaps().isEmpty()) {
                composition.add(new CompositionFinding(network.ref(), network.compositionGaps()));
            }
            if (!network.compositionTips().isEmpty()) {
                tips.add(new CompositionFinding(network.ref(), network.compositionTips()));
            }
            if (!network.hasCoordinator()) {
                withoutCoordinator.add(network.ref());
            }
        }
        return new CoverageReport(areas.size(), covered, inhabitants, coveredInhabitants, gaps, overlaps, sizes,
                composition, withoutCoordinator, statuses, tips);
    }

    /** The inhabitants a network serves: its neighbourhoods' (known in the region) or its practices' list sizes. */
    public static long population(NetworkFact network, Map<NeighbourhoodCode, Long> inhabitantsByCode) {
        if (network.practicePopulation() != null && network.neighbourhoods().isEmpty()) {
            return network.practicePopulation();
        }
        long sum = 0;
        for (NeighbourhoodCode code : network.neighbourhoods()) {
            sum += inhabitantsByCode.getOrDefault(code, 0L);
        }
        return sum;
    }

    private static java.util.Optional<SizeFinding> sizeFinding(SizeAdvice advice, NetworkFact network,
            Map<NeighbourhoodCode, Long> inhabitantsByCode) {
        if (network.neighbourhoods().isEmpty() && network.practicePopulation() == null) {
            return network.status() == NetworkStatus.IN_FORMATION ? java.util.Optional.empty()
                    : java.util.Optional.of(new SizeFinding(network.ref(), 0, SizeFindingKind.NO_AREA, false));
        }
        long population = population(network, inhabitantsByCode);
        if (advice.tooSmall(population)) {
            return java.util.Optional.of(new SizeFinding(network.ref(), population, SizeFindingKind.TOO_SMALL,
                    network.sizeJustified()));
        }
        if (advice.tooLarge(population)) {
            return java.util.Optional.of(new SizeFinding(network.ref(), population, SizeFindingKind.TOO_LARGE,
                    network.sizeJustified()));
        }
        return java.util.Optional.empty();
    }
}
