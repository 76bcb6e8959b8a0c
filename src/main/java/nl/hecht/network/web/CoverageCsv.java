package nl.hecht.network.web;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import nl.hecht.network.internal.composition.ExpectationResult;
import nl.hecht.network.internal.coverage.CoverageReport;
import nl.hecht.network.internal.coverage.NetworkRef;
import nl.hecht.shared.csv.SpreadsheetCsv;

/**
 * The findings of a coverage report as CSV for spreadsheets, one line per finding, written by the one CSV writer of
 * all exports ({@link SpreadsheetCsv}: semicolons, a byte order mark, formula cells neutralised).
 */
final class CoverageCsv {

    private CoverageCsv() {
    }

    static byte[] write(CoverageReport report, BiFunction<String, Object[], String> text) {
        List<String> header = List.of(text.apply("coverage.csv.finding", null), text.apply("coverage.csv.code", null),
                text.apply("coverage.csv.name", null), text.apply("coverage.csv.inhabitants", null),
                text.apply("coverage.csv.detail", null), text.apply("coverage.csv.accepted", null));
        return SpreadsheetCsv.write(header, csv -> {
            for (CoverageReport.Gap gap : report.gaps()) {
                csv.row(text.apply("coverage.finding.gap", null), gap.area().code().value(), gap.area().name(),
                        number(gap.area().inhabitants()), names(gap.notYetActive()), "");
            }
            for (CoverageReport.Overlap overlap : report.overlaps()) {
                csv.row(text.apply("coverage.finding.overlap", null), overlap.area().code().value(),
                        overlap.area().name(), number(overlap.area().inhabitants()), names(overlap.networks()), "");
            }
            for (CoverageReport.SizeFinding size : report.sizeFindings()) {
                csv.row(text.apply("coverage.finding.size", null), size.network().id().toString(),
                        size.network().name(), Long.toString(size.inhabitants()),
                        text.apply("coverage.size." + size.kind(), null), text.apply(size.accepted() ? "coverage.yes" : "coverage.no", null));
            }
            for (CoverageReport.CompositionFinding composition : report.compositionFindings()) {
                csv.row(text.apply("coverage.finding.composition", null), composition.network().id().toString(),
                        composition.network().name(), "", composition.gaps().stream()
                                .map(ExpectationResult::expectation).map(expectation -> expectation.seat() != null
                                        ? text.apply("composition.seat." + expectation.seat(), null)
                                        : expectation.disciplineCode())
                                .collect(Collectors.joining(", ")), "");
            }
            for (NetworkRef network : report.withoutCoordinator()) {
                csv.row(text.apply("coverage.finding.coordinator", null), network.id().toString(), network.name(),
                        "", "", "");
            }
        });
    }

    private static String names(List<NetworkRef> networks) {
        return networks.stream().map(NetworkRef::name).collect(Collectors.joining(", "));
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }
}
