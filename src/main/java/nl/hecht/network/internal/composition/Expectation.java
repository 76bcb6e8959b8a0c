package nl.hecht.network.internal.composition;

import java.util.Set;

import nl.hecht.network.CoreSeat;

/**
 * One thing a network's composition is checked for: a core seat (R006) or a discipline (expected by the region or by
 * the theme of a thematic network), with the disciplines that satisfy it and whether a named contact (liaison) is advised: a tip, never a gap.
 *
 * @param key stable key, also used to record a reason for non-participation (R168)
 * @param seat the core seat, or null for a discipline expectation
 * @param disciplineCode the discipline shown for a discipline expectation, or null for a seat
 */
public record Expectation(String key, CoreSeat seat, String disciplineCode, Set<String> satisfiedBy,
        boolean liaisonAdvised) {

    public Expectation {
        satisfiedBy = Set.copyOf(satisfiedBy);
    }

    public static Expectation seat(CoreSeat seat, Set<String> satisfiedBy) {
        return new Expectation("SEAT:" + seat.name(), seat, null, satisfiedBy, true);
    }

    public static Expectation discipline(String disciplineCode, Set<String> satisfiedBy) {
        return new Expectation("DISCIPLINE:" + disciplineCode, null, disciplineCode, satisfiedBy, false);
    }

    public boolean isSeat() {
        return seat != null;
    }
}
