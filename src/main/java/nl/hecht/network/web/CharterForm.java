package nl.hecht.network.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.hecht.network.NetworkId;
import nl.hecht.network.OrganisationalModel;
import nl.hecht.network.OrganisationalModel.Checkpoint;
import nl.hecht.network.OrganisationalModel.Decision;
import nl.hecht.network.OrganisationalModel.Trait;
import nl.hecht.network.internal.network.Charter;
import nl.hecht.network.internal.network.CharterDraft;
import nl.hecht.network.internal.network.DocumentLink;
import nl.hecht.network.internal.network.ModelDecision;
import nl.hecht.network.internal.network.PartnerCommitment;
import nl.hecht.network.internal.network.TeamFocus;
import nl.hecht.network.internal.network.TeamPosition;
import nl.hecht.network.internal.network.TeamWork;
import nl.hecht.network.internal.view.CharterEditor;
import nl.hecht.shared.DomainException;

/**
 * The charter as typed: what the network stands for (R144), questions A–D of seed 001 with their structured parts and
 * a free answer each (R153, R155–R157, R162, R164, R165), what each partner commits (R031), the collaboration it grew
 * out of (R075), the organisational model with what makes an agreement less suited and the decision per point
 * (R074, R077–R081), and links to regional documents it builds on (R038). Empty rows are skipped; checkboxes that are
 * all off arrive as null and mean none.
 */
record CharterForm(@Size(max = Charter.ANSWER, message = "{charter.error.too-long}") String purpose,
        @Size(max = Charter.ANSWER, message = "{charter.error.too-long}") String answerA,
        @Size(max = Charter.ANSWER, message = "{charter.error.too-long}") String answerB,
        @Size(max = Charter.ANSWER, message = "{charter.error.too-long}") String answerC,
        @Size(max = Charter.ANSWER, message = "{charter.error.too-long}") String answerD,
        TeamFocus.Phase phase, Set<TeamFocus.Focus> focus,
        @Size(max = Charter.NOTE, message = "{charter.error.note-too-long}") String focusNote,
        Set<TeamFocus.Domain> domains,
        @Size(max = Charter.NOTE, message = "{charter.error.note-too-long}") String domainsNote,
        @Size(max = Charter.NOTE, message = "{charter.error.note-too-long}") String relationsNote,
        Set<TeamFocus.Representation> representation,
        @Size(max = Charter.NOTE, message = "{charter.error.note-too-long}") String representationNote,
        TeamPosition.Budget teamBudget, Set<TeamPosition.Hours> hours,
        @Size(max = Charter.NOTE, message = "{charter.error.note-too-long}") String budgetNote,
        Set<TeamWork.Work> work, TeamWork.Loket loket,
        @Size(max = Charter.NOTE, message = "{charter.error.note-too-long}") String loketNote,
        List<@Valid CommitmentRow> commitments,
        @Size(max = Charter.NOTE, message = "{charter.error.note-too-long}") String predecessorDescription,
        UUID predecessorNetwork,
        OrganisationalModel model, Set<Trait> modelTraits,
        List<@Valid DecisionRow> decisions,
        List<@Valid LinkRow> links) {

    /** Empty rows the form offers for new links and new partners. */
    static final int EMPTY_ROWS = 2;

    /** One link row. */
    record LinkRow(@Size(max = 200, message = "{charter.error.link-title}") String title,
            @Size(max = 1000, message = "{charter.error.link-url}") String url) {

        boolean isEmpty() {
            return FormErrors.blankToNull(title) == null && FormErrors.blankToNull(url) == null;
        }
    }

    /** What one partner commits, with hours per month (optional). */
    record CommitmentRow(@Size(max = PartnerCommitment.PARTNER, message = "{charter.error.commitment-partner}") String partner,
            @Size(max = Charter.NOTE, message = "{charter.error.commitment-text}") String commitment,
            @Min(value = 0, message = "{charter.error.commitment-hours-range}")
            @Max(value = PartnerCommitment.MAX_HOURS, message = "{charter.error.commitment-hours-range}")
            Integer hoursPerMonth) {

        boolean isEmpty() {
            return FormErrors.blankToNull(partner) == null && FormErrors.blankToNull(commitment) == null
                    && hoursPerMonth == null;
        }
    }

    /** What the network decided about one point of the organisational model. */
    record DecisionRow(Checkpoint checkpoint, Decision decision,
            @Size(max = Charter.NOTE, message = "{charter.error.note-too-long}") String note) {
    }

    CharterForm {
        focus = focus == null ? Set.of() : Set.copyOf(focus);
        domains = domains == null ? Set.of() : Set.copyOf(domains);
        representation = representation == null ? Set.of() : Set.copyOf(representation);
        hours = hours == null ? Set.of() : Set.copyOf(hours);
        work = work == null ? Set.of() : Set.copyOf(work);
        modelTraits = modelTraits == null ? Set.of() : Set.copyOf(modelTraits);
        commitments = commitments == null ? new ArrayList<>() : new ArrayList<>(commitments);
        decisions = completeDecisions(decisions);
        links = links == null ? new ArrayList<>() : new ArrayList<>(links);
    }

    static CharterForm of(CharterEditor editor) {
        Charter c = editor.charter();
        List<LinkRow> links = new ArrayList<>();
        editor.documentLinks().forEach(link -> links.add(new LinkRow(link.title(), link.url())));
        List<CommitmentRow> commitments = new ArrayList<>();
        editor.commitments().forEach(commitment -> commitments.add(new CommitmentRow(commitment.partner(),
                commitment.commitment(), commitment.hoursPerMonth())));
        List<DecisionRow> decisions = new ArrayList<>();
        editor.decisions().forEach(decision -> decisions.add(new DecisionRow(decision.checkpoint(),
                decision.decision(), decision.note())));
        TeamFocus a = c.focus();
        TeamPosition b = c.position();
        TeamWork w = c.work();
        return new CharterForm(c.purpose(), c.answerA(), c.answerB(), c.answerC(), c.answerD(), a.phase(), a.focus(),
                a.focusNote(), a.domains(), a.domainsNote(), a.relationsNote(), a.representation(),
                a.representationNote(), b.teamBudget(), b.hours(), b.budgetNote(), w.work(), w.loket(), w.loketNote(),
                commitments, editor.predecessor().description(),
                editor.predecessor().network(), c.model(), c.modelTraits(), decisions, links).withEmptyRows();
    }

    /** One row per checkpoint, in their order: what was sent, the rest open. */
    private static List<DecisionRow> completeDecisions(List<DecisionRow> sent) {
        List<DecisionRow> rows = new ArrayList<>();
        for (Checkpoint checkpoint : Checkpoint.values()) {
            rows.add(sent == null ? new DecisionRow(checkpoint, Decision.OPEN, null)
                    : sent.stream().filter(row -> row != null && row.checkpoint() == checkpoint).findFirst()
                            .map(row -> row.decision() == null ? new DecisionRow(checkpoint, Decision.OPEN, row.note())
                                    : row)
                            .orElse(new DecisionRow(checkpoint, Decision.OPEN, null)));
        }
        return rows;
    }

    /** The same form with empty rows added for new links and partners. */
    CharterForm withEmptyRows() {
        List<LinkRow> moreLinks = new ArrayList<>(links);
        List<CommitmentRow> moreCommitments = new ArrayList<>(commitments);
        for (int i = 0; i < EMPTY_ROWS; i++) {
            moreLinks.add(new LinkRow(null, null));
            moreCommitments.add(new CommitmentRow(null, null, null));
        }
        return new CharterForm(purpose, answerA, answerB, answerC, answerD, phase, focus, focusNote, domains,
                domainsNote, relationsNote, representation, representationNote, teamBudget, hours, budgetNote, work,
                loket, loketNote, moreCommitments, predecessorDescription, predecessorNetwork, model, modelTraits,
                decisions, moreLinks);
    }

    /**
     * The rules a person can fix in the form, each placed at its field: a filled link row needs a title and a web
     * address, a filled partner row a partner and what it commits; a team budget and an own loket need their note; a
     * point that does not apply needs the reason.
     */
    void check(Errors errors) {
        for (int i = 0; i < links.size(); i++) {
            LinkRow row = links.get(i);
            if (row == null || row.isEmpty() || errors.hasFieldErrors("links[" + i + "].*")) {
                continue;
            }
            if (FormErrors.blankToNull(row.title()) == null) {
                errors.rejectValue("links[" + i + "].title", "charter.error.link-title");
            } else {
                try {
                    new DocumentLink(row.title(), row.url());
                } catch (DomainException e) {
                    errors.rejectValue("links[" + i + "].url", "charter.error.link-url");
                }
            }
        }
        for (int i = 0; i < commitments.size(); i++) {
            CommitmentRow row = commitments.get(i);
            if (row == null || row.isEmpty() || errors.hasFieldErrors("commitments[" + i + "].*")) {
                continue;
            }
            if (FormErrors.blankToNull(row.partner()) == null) {
                errors.rejectValue("commitments[" + i + "].partner", "charter.error.commitment-partner");
            }
            if (FormErrors.blankToNull(row.commitment()) == null) {
                errors.rejectValue("commitments[" + i + "].commitment", "charter.error.commitment-text");
            }
        }
        if (teamBudget == TeamPosition.Budget.YES && FormErrors.blankToNull(budgetNote) == null
                && !errors.hasFieldErrors("budgetNote")) {
            errors.rejectValue("budgetNote", "charter.error.budget-note");
        }
        if (hours.contains(TeamPosition.Hours.NOT_ARRANGED) && hours.size() > 1) {
            errors.rejectValue("hours", "charter.error.hours-not-arranged");
        }
        if (loket == TeamWork.Loket.OWN_LOKET && FormErrors.blankToNull(loketNote) == null
                && !errors.hasFieldErrors("loketNote")) {
            errors.rejectValue("loketNote", "charter.error.loket-note");
        }
        for (int i = 0; i < decisions.size(); i++) {
            DecisionRow row = decisions.get(i);
            if (row.decision() == Decision.NOT_APPLICABLE && FormErrors.blankToNull(row.note()) == null
                    && !errors.hasFieldErrors("decisions[" + i + "].note")) {
                errors.rejectValue("decisions[" + i + "].note", "charter.error.decision-reason");
            }
        }
    }

    /** The charter as the domain takes it; refused with a {@link DomainException} where a rule is broken. */
    CharterDraft toDraft() {
        Charter charter = new Charter(purpose, answerA, answerB, answerC, answerD, model,
                new TeamFocus(phase, focus, focusNote, domains, domainsNote, relationsNote, representation,
                        representationNote),
                new TeamPosition(teamBudget, hours, budgetNote), new TeamWork(work, loket, loketNote), modelTraits);
        List<DocumentLink> documentLinks = links.stream().filter(row -> row != null && !row.isEmpty())
                .map(row -> new DocumentLink(row.title(), row.url())).toList();
        List<PartnerCommitment> partnerCommitments = commitments.stream().filter(row -> row != null && !row.isEmpty())
                .map(row -> new PartnerCommitment(row.partner(), row.commitment(), row.hoursPerMonth())).toList();
        List<ModelDecision> modelDecisions = decisions.stream()
                .map(row -> new ModelDecision(row.checkpoint(), row.decision(), row.note())).toList();
        return new CharterDraft(charter, documentLinks, partnerCommitments, modelDecisions, predecessorDescription,
                predecessorNetwork == null ? null : new NetworkId(predecessorNetwork));
    }
}
