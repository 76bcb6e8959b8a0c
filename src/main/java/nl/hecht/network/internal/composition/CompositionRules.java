package nl.hecht.network.internal.composition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.hecht.network.CoreSeat;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkTheme;
import nl.hecht.network.internal.discipline.DisciplineCatalogue;

/**
 * What a network is expected to hold. A core network: GP, district nurse, pharmacist and social domain (R006, seed
 * 000), each with a named contact as a tip, not a requirement (seed 001 "vaste verbinders"), where the network may
 * narrow which social-domain functions count (R010, R011) and name functions of its own (seed 000), plus the
 * disciplines its region expects (never a stakeholder such as an insurer). A thematic network: the disciplines
 * typical of its theme in seed 001 (R134, R136, R139, R141).
 */
public final class CompositionRules {

    private CompositionRules() {
    }

    public static List<Expectation> expectations(NetworkKind kind, NetworkTheme theme, Set<String> countedSocialFunctions,
            Set<String> regionExpectedDisciplines, DisciplineCatalogue catalogue) {
        return expectations(kind, theme, countedSocialFunctions, Set.of(), regionExpectedDisciplines, catalogue);
    }

    /**
     * The same, where members with one of the network's own social-domain functions (seed 000: each municipality
     * organises its social domain differently) count for the social domain too.
     */
    public static List<Expectation> expectations(NetworkKind kind, NetworkTheme theme, Set<String> countedSocialFunctions,
            Set<String> ownSocialFunctions, Set<String> regionExpectedDisciplines, DisciplineCatalogue catalogue) {
        Set<String> own = ownSocialFunctions == null ? Set.of() : ownSocialFunctions;
        Set<String> social = countedSocialFunctions == null || countedSocialFunctions.isEmpty()
                ? catalogue.codesFor(CoreSeat.SOCIAL_DOMAIN) : countedSocialFunctions;
        List<Expectation> expectations = new ArrayList<>();
        if (kind == NetworkKind.CORE) {
            expectations.add(Expectation.seat(CoreSeat.GP, catalogue.codesFor(CoreSeat.GP)));
            expectations.add(Expectation.seat(CoreSeat.DISTRICT_NURSE, catalogue.codesFor(CoreSeat.DISTRICT_NURSE)));
            expectations.add(Expectation.seat(CoreSeat.PHARMACIST, catalogue.codesFor(CoreSeat.PHARMACIST)));
            expectations.add(Expectation.seat(CoreSeat.SOCIAL_DOMAIN, social, own));
            regionExpectedDisciplines.stream().sorted().filter(catalogue::isExpectable)
                    .forEach(code -> expectations.add(Expectation.discipline(code, Set.of(code))));
            return expectations;
        }
        Set<String> gpOrPracticeNurse = union(catalogue.codesFor(CoreSeat.GP), Set.of("PRACTICE_NURSE"));
        switch (theme == null ? NetworkTheme.OTHER : theme) {
            case FIRST_1000_DAYS -> {
                expectations.add(Expectation.discipline("MIDWIFE", Set.of("MIDWIFE")));
                expectations.add(Expectation.discipline("YOUTH_HEALTH", Set.of("YOUTH_HEALTH")));
                expectations.add(Expectation.discipline("NEIGHBOURHOOD_TEAM", social, own));
                expectations.add(Expectation.discipline("GP", catalogue.codesFor(CoreSeat.GP)));
            }
            case YOUTH -> {
                expectations.add(Expectation.discipline("WELFARE_WORKER", Set.of("WELFARE_WORKER")));
                expectations.add(Expectation.discipline("NEIGHBOURHOOD_TEAM", social, own));
                expectations.add(Expectation.discipline("GP", gpOrPracticeNurse));
            }
            case SCHOOL_TEAM -> {
                expectations.add(Expectation.discipline("PRIMARY_SCHOOL",
                        Set.of("PRESCHOOL", "PRIMARY_SCHOOL", "SECONDARY_SCHOOL")));
                expectations.add(Expectation.discipline("YOUTH_HEALTH", Set.of("YOUTH_HEALTH")));
                expectations.add(Expectation.discipline("NEIGHBOURHOOD_TEAM", social, own));
            }
            case ELDERLY_TEAM -> {
                expectations.add(Expectation.discipline("GP", gpOrPracticeNurse));
                expectations.add(Expectation.discipline("DISTRICT_NURSE", catalogue.codesFor(CoreSeat.DISTRICT_NURSE)));
                expectations.add(Expectation.discipline("NEIGHBOURHOOD_TEAM", social, own));
                expectations.add(Expectation.discipline("DEMENTIA_CASE_MANAGER", Set.of("DEMENTIA_CASE_MANAGER")));
            }
            case OTHER -> {
                // A thematic network of another kind has no expected composition of its own.
            }
        }
        return expectations;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new LinkedHashSet<>(first);
        union.addAll(second);
        return union;
    }
}
