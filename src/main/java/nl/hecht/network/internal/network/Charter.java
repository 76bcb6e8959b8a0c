package nl.hecht.network.internal.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import nl.hecht.network.OrganisationalModel;

/**
 * What the network stands for ("waar zijn wij van? waar gaan we voor?", R144), its answers to the four questions
 * A–D of seed 001 (R154–R170) and its organisational model (R074).
 */
@Embeddable
public record Charter(@Column(name = "purpose", length = 4000) String purpose,
        @Column(name = "answer_a", length = 4000) String answerA,
        @Column(name = "answer_b", length = 4000) String answerB,
        @Column(name = "answer_c", length = 4000) String answerC,
        @Column(name = "answer_d", length = 4000) String answerD,
        @Enumerated(EnumType.STRING) @Column(name = "organisational_model", length = 20) OrganisationalModel model) {

    public static final Charter EMPTY = new Charter(null, null, null, null, null, null);

    public Charter {
        purpose = Texts.blankToNull(purpose);
        answerA = Texts.blankToNull(answerA);
        answerB = Texts.blankToNull(answerB);
        answerC = Texts.blankToNull(answerC);
        answerD = Texts.blankToNull(answerD);
    }

    public boolean isEmpty() {
        return purpose == null && answerA == null && answerB == null && answerC == null && answerD == null
                && model == null;
    }
}
