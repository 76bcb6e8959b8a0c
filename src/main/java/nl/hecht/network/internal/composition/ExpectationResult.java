package nl.hecht.network.internal.composition;

import java.util.List;

/**
 * How one expectation is met, by whom (the names of the liaisons, or of the members when there is no liaison) and
 * the recorded reason for non-participation, if any (R168).
 */
public record ExpectationResult(Expectation expectation, SeatStatus status, List<String> names, String reason) {

    public ExpectationResult {
        names = List.copyOf(names);
    }

    public boolean isGap() {
        return status.isGap();
    }

    public boolean isTip() {
        return status.isTip();
    }
}
