package nl.hecht.network.internal.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import nl.hecht.network.OrganisationalModel.Checkpoint;
import nl.hecht.network.OrganisationalModel.Decision;
import nl.hecht.shared.DomainException;

/**
 * What the network decided about one point of the organisational model (R077–R080): agreed (how, in the note), not
 * applicable (why, in the note), or still open. "Not applicable" needs its reason.
 */
@Embeddable
public record ModelDecision(
        @Enumerated(EnumType.STRING) @Column(name = "checkpoint", nullable = false, length = 30) Checkpoint checkpoint,
        @Enumerated(EnumType.STRING) @Column(name = "decision", nullable = false, length = 20) Decision decision,
        @Column(name = "note", length = Charter.NOTE) String note) {

    public ModelDecision {
        if (checkpoint == null) {
            throw new DomainException("charter.error.checkpoint");
        }
        decision = decision == null ? Decision.OPEN : decision;
        note = Charter.note(note);
        if (decision == Decision.NOT_APPLICABLE && note == null) {
            throw new DomainException("charter.error.decision-reason");
        }
    }

    /** Whether there is anything to keep: an open point without a note is the same as none. */
    boolean isRecorded() {
        return decision != Decision.OPEN || note != null;
    }
}
