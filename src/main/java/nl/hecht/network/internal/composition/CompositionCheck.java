package nl.hecht.network.internal.composition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.hecht.network.CoreSeat;
import nl.hecht.network.MemberRole;

/** Checks a network's current members against what is expected of it. Pure: no I/O, no clock. */
public final class CompositionCheck {

    private CompositionCheck() {
    }

    /**
     * @param members the current members
     * @param socialDomainLinked whether the social domain is linked rather than seated (seed 003)
     * @param reasons recorded reasons for non-participation by expectation key (R168)
     */
    public static CompositionResult check(List<Expectation> expectations, Collection<MemberFact> members,
            boolean socialDomainLinked, Map<String, String> reasons) {
        List<ExpectationResult> results = new ArrayList<>();
        for (Expectation expectation : expectations) {
            List<MemberFact> present = members.stream()
                    .filter(expectation::isMetBy).toList();
            List<String> liaisons = present.stream().filter(MemberFact::isLiaison).map(MemberFact::name).toList();
            SeatStatus status;
            List<String> names;
            if (!present.isEmpty()) {
                // Present is enough for the composition (R006); a named contact is a tip (seed 001).
                boolean withoutContact = expectation.liaisonAdvised() && liaisons.isEmpty();
                boolean linked = expectation.seat() == CoreSeat.SOCIAL_DOMAIN && socialDomainLinked;
                status = !withoutContact ? SeatStatus.FILLED : linked ? SeatStatus.LINKED : SeatStatus.NO_LIAISON;
                names = expectation.liaisonAdvised() && !withoutContact ? liaisons
                        : present.stream().map(MemberFact::name).toList();
            } else if (expectation.seat() == CoreSeat.SOCIAL_DOMAIN && socialDomainLinked) {
                status = SeatStatus.LINKED;
                names = List.of();
            } else {
                status = SeatStatus.MISSING;
                names = List.of();
            }
            String reason = status.isGap() ? reasons.get(expectation.key()) : null;
            results.add(new ExpectationResult(expectation, status, names, reason));
        }
        Set<String> severalDelegates = members.stream().filter(member -> member.roles().contains(MemberRole.DELEGATE))
                .collect(Collectors.groupingBy(MemberFact::disciplineCode, Collectors.counting()))
                .entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        return new CompositionResult(results, severalDelegates);
    }
}
