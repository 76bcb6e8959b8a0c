package nl.hecht.network.web;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import nl.hecht.network.internal.composition.ExpectationResult;
import nl.hecht.network.internal.coverage.CoverageReport;
import nl.hecht.network.internal.coverage.NetworkRef;

/**
 * The findings of a coverage report as CSV for spreadsheets: semicolon-separated (what Dutch spreadsheet settings
 * expect), a byte-order mark so that accents survive, one line per finding.
 */
final class CoverageCsv {

    private CoverageCsv() {
    }

    static String write(CoverageReport report, BiFunction<String, Object[], String> text) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, text.apply("coverage.csv.finding", null), text.apply("coverage.csv.code", null),
                text.apply("coverage.csv.name", null), text.apply("coverage.csv.inhabitants", null),
                text.apply("coverage.csv.detail", null), text.apply("coverage.csv.accepted", null));
        for (CoverageReport.Gap gap : report.gaps()) {
            line(csv, text.apply("coverage.finding.gap", null), gap.area().code().value(), gap.area().name(),
                    number(gap.area().inhabitants()), names(gap.notYetActive()), "");
        }
        for (CoverageReport.Overlap overlap : report.overlaps()) {
            line(csv, text.apply("coverage.finding.overlap", null), overlap.area().code().value(), overlap.area().name(),
                    number(overlap.area().inhabitants()), names(overlap.networks()), "");
        }
        for (CoverageReport.SizeFinding size : report.sizeFindings()) {
            line(csv, text.apply("coverage.finding.size", null), size.network().id().toString(), size.network().name(),
                    Long.toString(size.inhabitants()), text.apply("coverage.size." + size.kind(), null),
                    text.apply(size.accepted() ? "coverage.yes" : "coverage.no", null));
        }
        for (CoverageReport.CompositionFinding composition : report.compositionFindings()) {
            line(csv, text.apply("coverage.finding.composition", null), composition.network().id().toString(),
                    composition.network().name(), "", composition.gaps().stream().map(ExpectationResult::expectation)
                            .map(expectation -> expectation.seat() != null
                                    ? text.apply("composition.seat." + expectation.seat(), null)
                                    : expectation.disciplineCode())
                            .collect(Collectors.joining(", ")), "");
        }
        for (NetworkRef network : report.withoutCoordinator()) {
            line(csv, text.apply("coverage.finding.coordinator", null), network.id().toString(), network.name(), "", "",
                    "");
        }
        return csv.toString();
    }

    private static String names(List<NetworkRef> networks) {
        return networks.stream().map(NetworkRef::name).collect(Collectors.joining(", "));
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static void line(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(escape(cells[i]));
        }
        csv.append("\r\n");
    }

    /** Quotes a cell when needed, and defuses formulas (a cell starting with =, +, - or @). */
    static String escape(String cell) {
        String value = cell == null ? "" : cell;
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            value = "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
