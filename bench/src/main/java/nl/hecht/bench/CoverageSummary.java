package nl.hecht.bench;

import nl.hecht.network.internal.coverage.CoverageReport;

/** The counts of a coverage report: what the seeder's check compares and the benchmarks print. */
public record CoverageSummary(int neighbourhoods, int covered, long inhabitants, long coveredInhabitants, int gaps,
        int overlaps, int sizeFindings, long openSizeFindings, int compositionFindings, int withoutCoordinator) {

    public static CoverageSummary of(CoverageReport report) {
        return new CoverageSummary(report.neighbourhoods(), report.coveredNeighbourhoods(), report.inhabitants(),
                report.coveredInhabitants(), report.gaps().size(), report.overlaps().size(),
                report.sizeFindings().size(), report.openSizeFindings(), report.compositionFindings().size(),
                report.withoutCoordinator().size());
    }

    public CoverageSummary plus(CoverageSummary other) {
        return new CoverageSummary(neighbourhoods + other.neighbourhoods, covered + other.covered,
                inhabitants + other.inhabitants, coveredInhabitants + other.coveredInhabitants, gaps + other.gaps,
                overlaps + other.overlaps, sizeFindings + other.sizeFindings, openSizeFindings + other.openSizeFindings,
                compositionFindings + other.compositionFindings, withoutCoordinator + other.withoutCoordinator);
    }

    public static CoverageSummary none() {
        return new CoverageSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Override
    public String toString() {
        return ("%,d neighbourhoods, %.1f%% covered (%.1f%% of %,d inhabitants); %,d gaps, %,d overlaps, %,d size "
                + "findings (%,d open), %,d composition findings, %,d without coordinator").formatted(neighbourhoods,
                        share(covered, neighbourhoods), share(coveredInhabitants, inhabitants), inhabitants, gaps,
                        overlaps, sizeFindings, openSizeFindings, compositionFindings, withoutCoordinator);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : part * 100.0 / whole;
    }
}
