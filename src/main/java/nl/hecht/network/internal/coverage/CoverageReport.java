package nl.hecht.network.internal.coverage;

import java.util.List;
import java.util.Map;

import nl.hecht.network.internal.composition.ExpectationResult;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The coverage of a region: the 2030 headline (R001) and the findings the RESV acts on (R022–R025).
 */
public record CoverageReport(int neighbourhoods, int coveredNeighbourhoods, long inhabitants, long coveredInhabitants,
        List<Gap> gaps, List<Overlap> overlaps, List<SizeFinding> sizeFindings,
        List<CompositionFinding> compositionFindings, List<NetworkRef> withoutCoordinator,
        Map<NeighbourhoodCode, CoverageStatus> statusByNeighbourhood, List<CompositionFinding> compositionTips) {

    public CoverageReport {
        gaps = List.copyOf(gaps);
        overlaps = List.copyOf(overlaps);
        sizeFindings = List.copyOf(sizeFindings);
        compositionFindings = List.copyOf(compositionFindings);
        withoutCoordinator = List.copyOf(withoutCoordinator);
        statusByNeighbourhood = Map.copyOf(statusByNeighbourhood);
        compositionTips = compositionTips == null ? List.of() : List.copyOf(compositionTips);
    }

    /** A neighbourhood in no active core network; the forming or paused networks that will cover it, if any. */
    public record Gap(AreaFact area, List<NetworkRef> notYetActive) {
    }

    /** A neighbourhood in more than one core network. */
    public record Overlap(AreaFact area, List<NetworkRef> networks) {
    }

    /** A core network outside the size advice; accepted when a justification is recorded (R015). */
    public record SizeFinding(NetworkRef network, long inhabitants, SizeFindingKind kind, boolean accepted) {
    }

    /**
     * A network that misses seats or expected disciplines (in {@code compositionFindings}), or, in
     * {@code compositionTips}, one whose disciplines take part without a named contact (a tip, not a finding).
     */
    public record CompositionFinding(NetworkRef network, List<ExpectationResult> gaps) {
    }

    /** Share of neighbourhoods covered by an active core network, 0–100, one decimal. */
    public double neighbourhoodShare() {
        return share(coveredNeighbourhoods, neighbourhoods);
    }

    /** Share of inhabitants living in a neighbourhood covered by an active core network, 0–100, one decimal. */
    public double inhabitantShare() {
        return share(coveredInhabitants, inhabitants);
    }

    public long openSizeFindings() {
        return sizeFindings.stream().filter(finding -> !finding.accepted()).count();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
