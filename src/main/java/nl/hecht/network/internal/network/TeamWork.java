package nl.hecht.network.internal.network;

import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import nl.hecht.shared.DomainException;

/**
 * Question C of seed 001, with structure: what the team does (R165) and whether care seekers can reach it, a
 * "loket" (R164). When there is one, the note says how to reach it.
 */
@Embeddable
public record TeamWork(
        @Convert(converter = EnumSets.WorkConverter.class) @Column(name = "charter_work", length = 300) Set<Work> work,
        @Enumerated(EnumType.STRING) @Column(name = "charter_loket", length = 20) Loket loket,
        @Column(name = "charter_loket_note", length = Charter.NOTE) String loketNote) {

    /** What the team's work is about (R165). */
    public enum Work {
        CARE_DELIVERY, CARE_COORDINATION, CASE_DISCUSSION, RENEWAL, PREVENTION, THEMATIC, POPULATION
    }

    /** Whether care seekers can reach the team (R164). */
    public enum Loket {
        /** No: care seekers go to their own professional, who brings the question in. */
        NONE,
        /** Through the members' own practices and organisations. */
        VIA_MEMBERS,
        /** The team has its own loket, consultation hour or contact point. */
        OWN_LOKET
    }

    public static final TeamWork EMPTY = new TeamWork(null, null, null);

    public TeamWork {
        work = EnumSets.copy(work, Work.class);
        loketNote = Charter.note(loketNote);
        if (loket == Loket.OWN_LOKET && loketNote == null) {
            throw new DomainException("charter.error.loket-note");
        }
    }

    public boolean isEmpty() {
        return work.isEmpty() && loket == null && loketNote == null;
    }
}
