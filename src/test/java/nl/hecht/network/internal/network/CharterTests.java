package nl.hecht.network.internal.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.hecht.network.AreaBasis;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.OrganisationalModel;
import nl.hecht.network.OrganisationalModel.Checkpoint;
import nl.hecht.network.OrganisationalModel.Decision;
import nl.hecht.network.OrganisationalModel.Trait;
import nl.hecht.network.RegionId;
import nl.hecht.shared.DomainException;

/**
 * The charter with structure (issue 11): questions A–C as parts with notes (R153, R155–R157, R162, R164, R165), the
 * partners' commitment (R031), the organisational model's checklist (R077–R081) and the predecessor (R075).
 */
class CharterTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final RegionId REGION = RegionId.random();

    private static Network network(String name, RegionId region) {
        return new Network(region, NetworkProfile.core(name), AreaBasis.NEIGHBOURHOODS, null, TODAY,
                Instant.parse("2026-03-02T09:00:00Z"));
    }

    private static Charter charter(TeamFocus focus, TeamPosition position, TeamWork work, OrganisationalModel model,
            Set<Trait> traits) {
        return new Charter("Samen voor de wijk", null, null, null, null, model, focus, position, work, traits);
    }

    private static DomainException refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void anEmptyCharterMissesEveryPartAndAFullOneNone() {
        assertThat(Charter.EMPTY.isEmpty()).isTrue();
        assertThat(Charter.EMPTY.missingParts(false)).containsExactly(Charter.Part.values());

        Charter full = charter(
                new TeamFocus(TeamFocus.Phase.ALIGNING, Set.of(TeamFocus.Focus.CASES), null,
                        Set.of(TeamFocus.Domain.GGZ, TeamFocus.Domain.ELDERLY), null, "Naast het 1000-dagenteam",
                        Set.of(TeamFocus.Representation.SEAT_PER_DISCIPLINE), null),
                new TeamPosition(TeamPosition.Budget.NONE, Set.of(TeamPosition.Hours.OWN_ORGANISATION), null),
                new TeamWork(Set.of(TeamWork.Work.CASE_DISCUSSION), TeamWork.Loket.VIA_MEMBERS, null),
                OrganisationalModel.AGREEMENT, Set.of());
        assertThat(full.isEmpty()).isFalse();
        assertThat(full.missingParts(true)).isEmpty();
        assertThat(full.missingParts(false)).containsExactly(Charter.Part.COMMITMENT);
        assertThat(full.focus().domains()).containsExactly(TeamFocus.Domain.GGZ, TeamFocus.Domain.ELDERLY);
    }

    @Test
    void aFreeAnswerOnlyCharterKeepsItsStructuredPartsEmpty() {
        Charter old = new Charter("Doel", "A", "B", "C", "D", OrganisationalModel.NONE);
        assertThat(old.focus()).isEqualTo(TeamFocus.EMPTY);
        assertThat(old.work().work()).isEmpty();
        assertThat(old.missingParts(false)).contains(Charter.Part.FOCUS, Charter.Part.DOMAINS)
                .doesNotContain(Charter.Part.PURPOSE, Charter.Part.MODEL);
    }

    @Test
    void answersAndNotesHaveAMaximumLengthAndBlankIsNone() {
        assertThatThrownBy(() -> new Charter("x".repeat(Charter.ANSWER + 1), null, null, null, null, null))
                .isInstanceOf(DomainException.class).hasMessage("charter.error.too-long");
        assertThat(new Charter("x".repeat(Charter.ANSWER), null, null, null, null, null).purpose())
                .hasSize(Charter.ANSWER);
        assertThatThrownBy(() -> new TeamFocus(null, null, "y".repeat(Charter.NOTE + 1), null, null, null, null, null))
                .hasMessage("charter.error.note-too-long");
        assertThatThrownBy(() -> new Predecessor("z".repeat(Charter.NOTE + 1), null))
                .hasMessage("charter.error.note-too-long");
        assertThat(new TeamFocus(null, null, "   ", null, null, "  ", null, null)).isEqualTo(TeamFocus.EMPTY);
    }

    @Test
    void aTeamBudgetAndAnOwnLoketNeedTheirNote() {
        assertThat(refusal(() -> new TeamPosition(TeamPosition.Budget.YES, Set.of(), " ")).messageKey())
                .isEqualTo("charter.error.budget-note");
        assertThat(new TeamPosition(TeamPosition.Budget.YES, Set.of(), "De huisartsen beheren het").budgetNote())
                .isEqualTo("De huisartsen beheren het");
        assertThat(refusal(() -> new TeamWork(Set.of(), TeamWork.Loket.OWN_LOKET, null)).messageKey())
                .isEqualTo("charter.error.loket-note");
        assertThat(new TeamWork(null, TeamWork.Loket.NONE, null).loket()).isEqualTo(TeamWork.Loket.NONE);
        assertThat(refusal(() -> new TeamPosition(null,
                Set.of(TeamPosition.Hours.NOT_ARRANGED, TeamPosition.Hours.TEAM_BUDGET), null)).messageKey())
                .isEqualTo("charter.error.hours-not-arranged");
    }

    @Test
    void aPartnerCommitmentNeedsAPartnerAndWhatItBringsAndSaneHours() {
        assertThat(refusal(() -> new PartnerCommitment(" ", "MDO voorzitten", 4)).messageKey())
                .isEqualTo("charter.error.commitment-partner");
        assertThat(refusal(() -> new PartnerCommitment("Huisartsen", null, 4)).messageKey())
                .isEqualTo("charter.error.commitment-text");
        assertThat(refusal(() -> new PartnerCommitment("Huisartsen", "MDO", PartnerCommitment.MAX_HOURS + 1))
                .messageKey()).isEqualTo("charter.error.commitment-hours");
        assertThat(refusal(() -> new PartnerCommitment("Huisartsen", "MDO", -1)).messageKey())
                .isEqualTo("charter.error.commitment-hours");
        assertThat(new PartnerCommitment(" Huisartsen ", "MDO", null).partner()).isEqualTo("Huisartsen");
    }

    @Test
    void theNetworkNamesEachPartnerOnce() {
        Network network = network("Wijkverband Noord", REGION);
        network.recordCommitments(List.of(new PartnerCommitment("Huisartsen", "MDO", 4),
                new PartnerCommitment("Wijkverpleging", "Casusregie", 8)));
        assertThat(network.commitments()).extracting(PartnerCommitment::partner)
                .containsExactly("Huisartsen", "Wijkverpleging");
        assertThat(network.charterMissingParts()).contains(Charter.Part.PURPOSE).doesNotContain(Charter.Part.COMMITMENT);

        assertThat(refusal(() -> network.recordCommitments(List.of(new PartnerCommitment("Huisartsen", "MDO", 4),
                new PartnerCommitment("huisartsen", "Spreekuur", 2)))).messageKey())
                .isEqualTo("charter.error.commitment-duplicate");
        assertThat(network.commitments()).hasSize(2);
    }

    @Test
    void theModelChecklistKeepsOneDecisionPerPointAndNotApplicableNeedsAReason() {
        Network network = network("Wijkverband Noord", REGION);
        network.decideOnModel(List.of(new ModelDecision(Checkpoint.CARTEL, Decision.AGREED, "Wij delen geen prijzen"),
                new ModelDecision(Checkpoint.VAT, Decision.OPEN, null),
                new ModelDecision(Checkpoint.IN_WRITING, Decision.OPEN, "Volgt in juni")));
        assertThat(network.modelDecisions()).extracting(ModelDecision::checkpoint)
                .containsExactly(Checkpoint.IN_WRITING, Checkpoint.CARTEL);
        assertThat(network.decisionOn(Checkpoint.VAT).decision()).isEqualTo(Decision.OPEN);
        assertThat(network.decisionOn(Checkpoint.CARTEL).note()).isEqualTo("Wij delen geen prijzen");

        assertThat(refusal(() -> new ModelDecision(Checkpoint.VAT, Decision.NOT_APPLICABLE, "")).messageKey())
                .isEqualTo("charter.error.decision-reason");
        assertThat(refusal(() -> network.decideOnModel(List.of(new ModelDecision(Checkpoint.VAT, Decision.AGREED, null),
                new ModelDecision(Checkpoint.VAT, Decision.OPEN, null)))).messageKey())
                .isEqualTo("charter.error.checkpoint");
    }

    @Test
    void theCartelProhibitionAndVatMatterForEveryModelTheAgreementPointsOnlyForAnAgreement() {
        assertThat(OrganisationalModel.checkpointsFor(OrganisationalModel.AGREEMENT))
                .containsExactly(Checkpoint.values());
        assertThat(OrganisationalModel.checkpointsFor(OrganisationalModel.NONE)).containsExactly(
                Checkpoint.OWN_LIABILITY, Checkpoint.VAT, Checkpoint.CARTEL, Checkpoint.COMMITMENT);
        assertThat(OrganisationalModel.checkpointsFor(null))
                .isEqualTo(OrganisationalModel.checkpointsFor(OrganisationalModel.NONE));
        assertThat(OrganisationalModel.checkpointsFor(OrganisationalModel.LEGAL_ENTITY))
                .containsExactly(Checkpoint.VAT, Checkpoint.CARTEL);
    }

    @Test
    void anAgreementIsLessSuitedForAnOwnNameOwnRightsOrFinancialRisk() {
        assertThat(OrganisationalModel.AGREEMENT.lessSuitedFor(Set.of())).isFalse();
        assertThat(OrganisationalModel.AGREEMENT.lessSuitedFor(Set.of(Trait.FINANCIAL_RISK))).isTrue();
        assertThat(OrganisationalModel.NONE.lessSuitedFor(Set.of(Trait.OWN_NAME))).isTrue();
        assertThat(OrganisationalModel.LEGAL_ENTITY.lessSuitedFor(Set.of(Trait.values()))).isFalse();
        assertThat(charter(null, null, null, OrganisationalModel.AGREEMENT, Set.of(Trait.OWN_RIGHTS))
                .modelLessSuited()).isTrue();
        assertThat(charter(null, null, null, null, Set.of(Trait.OWN_RIGHTS)).modelLessSuited()).isFalse();
    }

    @Test
    void aNetworkGrowsOutOfAnEndedNetworkOfItsOwnRegionOnly() {
        Network network = network("Wijkverband Noord", REGION);
        Network earlier = network("Huisartsen-wijkteamoverleg Noord", REGION);
        Network running = network("Wijkverband Zuid", REGION);
        Network elsewhere = network("Wijkverband Elders", RegionId.random());
        elsewhere.changeStatus(NetworkStatus.ENDED, TODAY);

        assertThat(refusal(() -> network.growOutOf("Het overleg", earlier)).messageKey())
                .isEqualTo("charter.error.predecessor");
        assertThat(refusal(() -> network.growOutOf("Het overleg", elsewhere)).messageKey())
                .isEqualTo("charter.error.predecessor");
        assertThat(refusal(() -> network.growOutOf("Het overleg", running)).messageKey())
                .isEqualTo("charter.error.predecessor");

        earlier.changeStatus(NetworkStatus.ENDED, TODAY);
        network.growOutOf("Het huisartsen-wijkteamoverleg van 2019", earlier);
        assertThat(network.predecessor().network()).isEqualTo(earlier.id().value());
        assertThat(network.predecessor().description()).isEqualTo("Het huisartsen-wijkteamoverleg van 2019");

        network.growOutOf("Alleen een overleg, geen netwerk in Hecht", null);
        assertThat(network.predecessor().network()).isNull();
        network.growOutOf(" ", null);
        assertThat(network.predecessor().isEmpty()).isTrue();
    }
}
