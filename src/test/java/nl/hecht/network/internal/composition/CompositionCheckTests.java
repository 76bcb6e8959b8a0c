package nl.hecht.network.internal.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.hecht.network.CoreSeat;
import nl.hecht.network.MemberRole;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkTheme;
import nl.hecht.network.internal.discipline.DisciplineCatalogue;
import nl.hecht.network.internal.discipline.DisciplineFixtures;

/** R006, R010, R011, R168, R172: the core composition and the thematic compositions. */
class CompositionCheckTests {

    private final DisciplineCatalogue catalogue = DisciplineFixtures.catalogue();

    private List<Expectation> core() {
        return CompositionRules.expectations(NetworkKind.CORE, null, Set.of(), Set.of(), catalogue);
    }

    private static MemberFact liaison(String discipline, String name) {
        return new MemberFact(discipline, Set.of(MemberRole.LIAISON), name);
    }

    private static MemberFact member(String discipline, String name) {
        return new MemberFact(discipline, Set.of(), name);
    }

    private static SeatStatus status(CompositionResult result, CoreSeat seat) {
        return result.results().stream().filter(r -> r.expectation().seat() == seat).findFirst().orElseThrow()
                .status();
    }

    @Test
    void aCompleteCoreNetworkHasNoGaps() {
        CompositionResult result = CompositionCheck.check(core(), List.of(liaison("GP", "A"),
                liaison("DISTRICT_NURSE_S1", "B"), liaison("PHARMACIST", "C"), liaison("SOCIAL_WORKER", "D")),
                false, Map.of());

        assertThat(result.hasGaps()).isFalse();
        assertThat(result.results()).extracting(ExpectationResult::status).containsOnly(SeatStatus.FILLED);
        assertThat(result.results().get(0).names()).containsExactly("A");
    }

    @Test
    void aMissingPharmacistIsFlaggedAndDisappearsWhenOneJoinsAsLiaison() {
        List<MemberFact> members = List.of(liaison("GP", "A"), liaison("DISTRICT_NURSE", "B"),
                liaison("SOCIAL_WORKER", "D"));
        CompositionResult before = CompositionCheck.check(core(), members, false, Map.of());
        assertThat(status(before, CoreSeat.PHARMACIST)).isEqualTo(SeatStatus.MISSING);
        assertThat(before.gaps()).extracting(gap -> gap.expectation().key()).containsExactly("SEAT:PHARMACIST");

        List<MemberFact> after = new java.util.ArrayList<>(members);
        after.add(liaison("PHARMACIST", "C"));
        assertThat(CompositionCheck.check(core(), after, false, Map.of()).hasGaps()).isFalse();
    }

    @Test
    void presentWithoutANamedLiaisonIsATipNotAGap() {
        CompositionResult result = CompositionCheck.check(core(), List.of(liaison("GP", "A"),
                liaison("DISTRICT_NURSE", "B"), member("PHARMACIST", "C"), liaison("SOCIAL_WORKER", "D")), false,
                Map.of());

        assertThat(status(result, CoreSeat.PHARMACIST)).isEqualTo(SeatStatus.NO_LIAISON);
        assertThat(result.hasGaps()).isFalse();
        assertThat(result.gaps()).isEmpty();
        assertThat(result.tips()).extracting(tip -> tip.expectation().key()).containsExactly("SEAT:PHARMACIST");
        assertThat(result.tips().get(0).names()).containsExactly("C");
    }

    @Test
    void allFourDisciplinesWithoutAnyLiaisonIsCompleteWithFourTips() {
        CompositionResult result = CompositionCheck.check(core(), List.of(member("GP", "A"),
                member("DISTRICT_NURSE_S1", "B"), member("PHARMACIST", "C"), member("NEIGHBOURHOOD_TEAM", "D")),
                false, Map.of());

        assertThat(result.hasGaps()).isFalse();
        assertThat(result.tips()).hasSize(4);
    }

    @Test
    void aMissingDisciplineIsAGapAndNoTip() {
        CompositionResult result = CompositionCheck.check(core(), List.of(member("GP", "A"),
                member("DISTRICT_NURSE", "B"), member("SOCIAL_WORKER", "D")), false, Map.of());

        assertThat(result.gaps()).extracting(gap -> gap.expectation().key()).containsExactly("SEAT:PHARMACIST");
        assertThat(result.tips()).extracting(tip -> tip.expectation().key())
                .containsExactly("SEAT:GP", "SEAT:DISTRICT_NURSE", "SEAT:SOCIAL_DOMAIN");
        assertThat(result.tips()).noneMatch(ExpectationResult::isGap);
    }

    @Test
    void aLinkedSocialDomainWithoutANamedContactIsNeitherGapNorTip() {
        CompositionResult result = CompositionCheck.check(core(), List.of(liaison("GP", "A"),
                liaison("DISTRICT_NURSE", "B"), liaison("PHARMACIST", "C"), member("SOCIAL_WORKER", "D")), true,
                Map.of());

        assertThat(status(result, CoreSeat.SOCIAL_DOMAIN)).isEqualTo(SeatStatus.LINKED);
        assertThat(result.hasGaps()).isFalse();
        assertThat(result.tips()).isEmpty();
    }

    @Test
    void aReasonForNonParticipationIsOnlyKeptForAGap() {
        CompositionResult result = CompositionCheck.check(core(), List.of(liaison("GP", "A"),
                liaison("DISTRICT_NURSE", "B"), member("PHARMACIST", "C"), liaison("SOCIAL_WORKER", "D")), false,
                Map.of("SEAT:PHARMACIST", "oude reden"));

        assertThat(result.results()).allMatch(r -> r.reason() == null);
    }

    @Test
    void aDelegateCountsAsTheNamedContact() {
        CompositionResult result = CompositionCheck.check(core(), List.of(
                new MemberFact("GP", Set.of(MemberRole.DELEGATE), "A"), liaison("DISTRICT_NURSE", "B"),
                liaison("PHARMACIST", "C"), liaison("SOCIAL_WORKER", "D")), false, Map.of());

        assertThat(result.hasGaps()).isFalse();
    }

    @Test
    void theSocialDomainMayBeLinkedRatherThanSeated() {
        List<MemberFact> members = List.of(liaison("GP", "A"), liaison("DISTRICT_NURSE", "B"),
                liaison("PHARMACIST", "C"));

        CompositionResult seated = CompositionCheck.check(core(), members, false, Map.of());
        CompositionResult linked = CompositionCheck.check(core(), members, true, Map.of());

        assertThat(status(seated, CoreSeat.SOCIAL_DOMAIN)).isEqualTo(SeatStatus.MISSING);
        assertThat(status(linked, CoreSeat.SOCIAL_DOMAIN)).isEqualTo(SeatStatus.LINKED);
        assertThat(linked.hasGaps()).isFalse();
    }

    @Test
    void onlyTheSocialFunctionsTheNetworkCountsFillTheSocialSeat() {
        List<Expectation> onlyDebtCounselling = CompositionRules.expectations(NetworkKind.CORE, null,
                Set.of("DEBT_COUNSELLOR"), Set.of(), catalogue);
        List<MemberFact> members = List.of(liaison("GP", "A"), liaison("DISTRICT_NURSE", "B"),
                liaison("PHARMACIST", "C"), liaison("SOCIAL_WORKER", "D"));

        assertThat(CompositionCheck.check(core(), members, false, Map.of()).hasGaps()).isFalse();
        assertThat(CompositionCheck.check(onlyDebtCounselling, members, false, Map.of()).gaps())
                .extracting(gap -> gap.expectation().seat()).containsExactly(CoreSeat.SOCIAL_DOMAIN);
    }

    @Test
    void aMemberWithAnOwnSocialFunctionOfTheNetworkFillsTheSocialSeat() {
        List<Expectation> withOwnFunction = CompositionRules.expectations(NetworkKind.CORE, null, Set.of(),
                Set.of("Wijkcoach"), Set.of(), catalogue);
        List<MemberFact> members = List.of(liaison("GP", "A"), liaison("DISTRICT_NURSE", "B"),
                liaison("PHARMACIST", "C"),
                new MemberFact("WELFARE_WORKER", Set.of(MemberRole.LIAISON), "D", "Wijkcoach"));

        assertThat(status(CompositionCheck.check(withOwnFunction, members, false, Map.of()), CoreSeat.SOCIAL_DOMAIN))
                .isEqualTo(SeatStatus.FILLED);
        // without the function named by the network, a welfare worker does not fill the seat
        assertThat(status(CompositionCheck.check(core(), members, false, Map.of()), CoreSeat.SOCIAL_DOMAIN))
                .isEqualTo(SeatStatus.MISSING);
    }

    @Test
    void anOwnSocialFunctionCountsForTheNeighbourhoodTeamOfAThematicNetworkToo() {
        List<Expectation> youth = CompositionRules.expectations(NetworkKind.THEMATIC, NetworkTheme.YOUTH, Set.of(),
                Set.of("Jongerencoach"), Set.of(), catalogue);
        CompositionResult result = CompositionCheck.check(youth, List.of(member("WELFARE_WORKER", "A"),
                new MemberFact("WELFARE_WORKER", Set.of(), "B", "Jongerencoach"), member("GP", "C")), false, Map.of());

        assertThat(result.hasGaps()).isFalse();
    }

    @Test
    void aWmoConsultantDoesNotFillTheSocialSeat() {
        CompositionResult result = CompositionCheck.check(core(), List.of(liaison("GP", "A"),
                liaison("DISTRICT_NURSE", "B"), liaison("PHARMACIST", "C"), liaison("WMO_CONSULTANT", "D")), false,
                Map.of());

        assertThat(status(result, CoreSeat.SOCIAL_DOMAIN)).isEqualTo(SeatStatus.MISSING);
    }

    @Test
    void aRecordedReasonForNonParticipationIsShownButTheGapRemains() {
        CompositionResult result = CompositionCheck.check(core(), List.of(liaison("GP", "A"),
                liaison("DISTRICT_NURSE", "B"), liaison("SOCIAL_WORKER", "D")), false,
                Map.of("SEAT:PHARMACIST", "Apotheek neemt na de fusie pas in 2027 deel"));

        ExpectationResult pharmacist = result.gaps().get(0);
        assertThat(pharmacist.reason()).isEqualTo("Apotheek neemt na de fusie pas in 2027 deel");
        assertThat(result.hasGaps()).isTrue();
    }

    @Test
    void theRegionMayExpectMoreDisciplinesInCoreNetworks() {
        List<Expectation> expectations = CompositionRules.expectations(NetworkKind.CORE, null, Set.of(),
                Set.of("PHYSIOTHERAPIST", "NOT_ON_THE_LIST"), catalogue);
        CompositionResult result = CompositionCheck.check(expectations, List.of(liaison("GP", "A"),
                liaison("DISTRICT_NURSE", "B"), liaison("PHARMACIST", "C"), liaison("SOCIAL_WORKER", "D")), false,
                Map.of());

        assertThat(expectations).hasSize(5);
        assertThat(result.gaps()).extracting(gap -> gap.expectation().key())
                .containsExactly("DISCIPLINE:PHYSIOTHERAPIST");
    }

    @Test
    void aStakeholderSuchAsAnInsurerIsNeverAnExpectedDiscipline() {
        List<Expectation> expectations = CompositionRules.expectations(NetworkKind.CORE, null, Set.of(),
                Set.of("HEALTH_INSURER", "PHYSIOTHERAPIST"), catalogue);

        assertThat(expectations).extracting(Expectation::key).doesNotContain("DISCIPLINE:HEALTH_INSURER")
                .contains("DISCIPLINE:PHYSIOTHERAPIST");
        assertThat(catalogue.expectable()).extracting(d -> d.code()).doesNotContain("HEALTH_INSURER");
        assertThat(catalogue.exists("HEALTH_INSURER")).isTrue();
    }

    @Test
    void aSecondDelegateForTheSameProfessionIsFlagged() {
        CompositionResult result = CompositionCheck.check(core(), List.of(
                new MemberFact("GP", Set.of(MemberRole.DELEGATE), "A"),
                new MemberFact("GP", Set.of(MemberRole.DELEGATE), "B"),
                new MemberFact("PHARMACIST", Set.of(MemberRole.DELEGATE), "C")), false, Map.of());

        assertThat(result.severalDelegates()).containsExactly("GP");
    }

    @Test
    void aFirst1000DaysNetworkExpectsMidwifeYouthHealthNeighbourhoodTeamAndGp() {
        List<Expectation> expectations = CompositionRules.expectations(NetworkKind.THEMATIC,
                NetworkTheme.FIRST_1000_DAYS, Set.of(), Set.of("PHYSIOTHERAPIST"), catalogue);
        CompositionResult result = CompositionCheck.check(expectations, List.of(member("MIDWIFE", "A"),
                member("YOUTH_HEALTH", "B"), member("NEIGHBOURHOOD_TEAM", "C")), false, Map.of());

        assertThat(expectations).extracting(Expectation::key).containsExactly("DISCIPLINE:MIDWIFE",
                "DISCIPLINE:YOUTH_HEALTH", "DISCIPLINE:NEIGHBOURHOOD_TEAM", "DISCIPLINE:GP");
        assertThat(result.gaps()).extracting(gap -> gap.expectation().key()).containsExactly("DISCIPLINE:GP");
    }

    @Test
    void anElderlyTeamIsSatisfiedByAPracticeNurseForTheGpPractice() {
        List<Expectation> expectations = CompositionRules.expectations(NetworkKind.THEMATIC,
                NetworkTheme.ELDERLY_TEAM, Set.of(), Set.of(), catalogue);
        CompositionResult result = CompositionCheck.check(expectations, List.of(member("PRACTICE_NURSE", "A"),
                member("DISTRICT_NURSE", "B"), member("SOCIAL_WORKER", "C"), member("DEMENTIA_CASE_MANAGER", "D")),
                false, Map.of());

        assertThat(result.hasGaps()).isFalse();
    }
}
