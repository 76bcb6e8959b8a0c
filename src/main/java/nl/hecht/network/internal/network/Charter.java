package nl.hecht.network.internal.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import nl.hecht.network.OrganisationalModel;
import nl.hecht.shared.DomainException;

/**
 * What the network stands for ("waar zijn wij van? waar gaan we voor?", R144), its answers to the four questions
 * A–D of seed 001 (R154–R170), with structure for the parts the seed names (question A: {@link TeamFocus}, B:
 * {@link TeamPosition}, C: {@link TeamWork}) and a free answer per question, and its organisational model (R074)
 * with what makes an agreement less suited (R081). What each partner commits and the decisions per point of the
 * organisational model are kept by the network beside it ({@link PartnerCommitment}, {@link ModelDecision}).
 */
@Embeddable
public record Charter(@Column(name = "purpose", length = ANSWER) String purpose,
        @Column(name = "answer_a", length = ANSWER) String answerA,
        @Column(name = "answer_b", length = ANSWER) String answerB,
        @Column(name = "answer_c", length = ANSWER) String answerC,
        @Column(name = "answer_d", length = ANSWER) String answerD,
        @Enumerated(EnumType.STRING) @Column(name = "organisational_model", length = 20) OrganisationalModel model,
        @Embedded TeamFocus focus,
        @Embedded TeamPosition position,
        @Embedded TeamWork work,
        @Convert(converter = EnumSets.TraitConverter.class) @Column(name = "charter_model_traits", length = 100)
        Set<OrganisationalModel.Trait> modelTraits) {

    /** The longest free answer (purpose, A–D). */
    public static final int ANSWER = 4000;
    /** The longest note beside a structured part. */
    public static final int NOTE = 1000;

    public static final Charter EMPTY = new Charter(null, null, null, null, null, null);

    /** The parts a complete charter has; what is still missing is shown, never enforced (seed 001: start doing). */
    public enum Part {
        PURPOSE, FOCUS, DOMAINS, RELATIONS, REPRESENTATION, BUDGET, WORK, LOKET, COMMITMENT, MODEL
    }

    public Charter {
        purpose = text(purpose, ANSWER);
        answerA = text(answerA, ANSWER);
        answerB = text(answerB, ANSWER);
        answerC = text(answerC, ANSWER);
        answerD = text(answerD, ANSWER);
        focus = focus == null ? TeamFocus.EMPTY : focus;
        position = position == null ? TeamPosition.EMPTY : position;
        work = work == null ? TeamWork.EMPTY : work;
        modelTraits = EnumSets.copy(modelTraits, OrganisationalModel.Trait.class);
    }

    /** The charter with free answers only (as before the structured parts). */
    public Charter(String purpose, String answerA, String answerB, String answerC, String answerD,
            OrganisationalModel model) {
        this(purpose, answerA, answerB, answerC, answerD, model, null, null, null, null);
    }

    public boolean isEmpty() {
        return purpose == null && answerA == null && answerB == null && answerC == null && answerD == null
                && model == null && focus.isEmpty() && position.isEmpty() && work.isEmpty() && modelTraits.isEmpty();
    }

    /**
     * R081: the chosen model (a collaboration agreement, or none) is less suited for what the network is or wants (its
     * own name, rights and obligations, a financial risk).
     */
    public boolean modelLessSuited() {
        return model != null && model.lessSuitedFor(modelTraits);
    }

    /** The parts not filled in yet, in the order of the charter; {@code hasCommitments}: partners recorded theirs. */
    public List<Part> missingParts(boolean hasCommitments) {
        List<Part> missing = new ArrayList<>();
        add(missing, Part.PURPOSE, purpose != null);
        add(missing, Part.FOCUS, focus.hasFocus());
        add(missing, Part.DOMAINS, focus.hasDomains());
        add(missing, Part.RELATIONS, focus.relationsNote() != null);
        add(missing, Part.REPRESENTATION, focus.hasRepresentation());
        add(missing, Part.BUDGET, !position.isEmpty());
        add(missing, Part.WORK, !work.work().isEmpty());
        add(missing, Part.LOKET, work.loket() != null);
        add(missing, Part.COMMITMENT, hasCommitments);
        add(missing, Part.MODEL, model != null);
        return missing;
    }

    private static void add(List<Part> missing, Part part, boolean present) {
        if (!present) {
            missing.add(part);
        }
    }

    /** A note beside a structured part: trimmed, blank is none, at most {@value #NOTE} characters. */
    static String note(String value) {
        return text(value, NOTE);
    }

    private static String text(String value, int max) {
        String text = Texts.blankToNull(value);
        if (text != null && text.length() > max) {
            throw new DomainException(max == NOTE ? "charter.error.note-too-long" : "charter.error.too-long");
        }
        return text;
    }
}
