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
 * @param satisfiedByFunctions the social-domain functions of the network's own that meet it too (seed 000)
 */
public record Expectation(String key, CoreSeat seat, String disciplineCode, Set<String> satisfiedBy,
        boolean liaisonAdvised, Set<String> satisfiedByFunctions) {

    public Expectation {
        satisfiedBy = Set.copyOf(satisfiedBy);
        satisfiedByFunctions = satisfiedByFunctions == null ? Set.of() : Set.copyOf(satisfiedByFunctions);
    }

    public Expectation(String key, CoreSeat seat, String disciplineCode, Set<String> satisfiedBy,
            boolean liaisonAdvised) {
        this(key, seat, disciplineCode, satisfiedBy, liaisonAdvised, Set.of());
    }

    public static Expectation seat(CoreSeat seat, Set<String> satisfiedBy) {
        return new Expectation("SEAT:" + seat.name(), seat, null, satisfiedBy, true);
    }

    /** A seat that members with one of the network's own functions fill too (the social domain, seed 000). */
    public static Expectation seat(CoreSeat seat, Set<String> satisfiedBy, Set<String> functions) {
        return new Expectation("SEAT:" + seat.name(), seat, null, satisfiedBy, true, functions);
    }

    public static Expectation discipline(String disciplineCode, Set<String> satisfiedBy) {
        return new Expectation("DISCIPLINE:" + disciplineCode, null, disciplineCode, satisfiedBy, false);
    }

    static Expectation discipline(String disciplineCode, Set<String> satisfiedBy, Set<String> functions) {
        return new Expectation("DISCIPLINE:" + disciplineCode, null, disciplineCode, satisfiedBy, false, functions);
    }

    /** Whether the member meets this expectation: by discipline, or by a function of the network's own. */
    public boolean isMetBy(MemberFact member) {
        return satisfiedBy.contains(member.disciplineCode())
                || member.socialFunction() != null && satisfiedByFunctions.contains(member.socialFunction());
    }

    public boolean isSeat() {
        return seat != null;
    }
}
