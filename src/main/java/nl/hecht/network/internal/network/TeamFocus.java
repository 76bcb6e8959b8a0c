package nl.hecht.network.internal.network;

import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Question A of seed 001, with structure: the phase of the team and what it aims at (R155), the IZA domains it works
 * in (R156: youth, GGZ, elderly), how it relates to other teams and networks (R157, as text; recorded relations
 * between networks are their own part) and how equal representation is arranged (R153). Each with a free note.
 */
@Embeddable
public record TeamFocus(
        @Enumerated(EnumType.STRING) @Column(name = "charter_phase", length = 20) Phase phase,
        @Convert(converter = EnumSets.FocusConverter.class) @Column(name = "charter_focus", length = 200) Set<Focus> focus,
        @Column(name = "charter_focus_note", length = Charter.NOTE) String focusNote,
        @Convert(converter = EnumSets.DomainConverter.class) @Column(name = "charter_domains", length = 100) Set<Domain> domains,
        @Column(name = "charter_domains_note", length = Charter.NOTE) String domainsNote,
        @Column(name = "charter_relations_note", length = Charter.NOTE) String relationsNote,
        @Convert(converter = EnumSets.RepresentationConverter.class) @Column(name = "charter_representation", length = 200) Set<Representation> representation,
        @Column(name = "charter_representation_note", length = Charter.NOTE) String representationNote) {

    /** The phase of team development (R155): getting to know each other, aligning, or one shared plan. */
    public enum Phase {
        GETTING_ACQUAINTED, ALIGNING, INTEGRATING
    }

    /** What the team's goals aim at (R155). */
    public enum Focus {
        CASES, TARGET_GROUP, THEME, WORK_AREA
    }

    /** The domains of the IZA (R156). */
    public enum Domain {
        YOUTH, GGZ, ELDERLY
    }

    /** How equal representation is arranged (R153, R159). */
    public enum Representation {
        /** Each discipline has one seat and an equal voice. */
        SEAT_PER_DISCIPLINE,
        /** One professional may speak for a whole profession, without debates on mandate first (R159). */
        EXPERT_FOR_PROFESSION,
        /** The chair or the lead rotates. */
        ROTATING_CHAIR,
        /** Decisions are taken together, not by the largest partner. */
        DECIDE_TOGETHER
    }

    public static final TeamFocus EMPTY = new TeamFocus(null, null, null, null, null, null, null, null);

    public TeamFocus {
        focus = EnumSets.copy(focus, Focus.class);
        domains = EnumSets.copy(domains, Domain.class);
        representation = EnumSets.copy(representation, Representation.class);
        focusNote = Charter.note(focusNote);
        domainsNote = Charter.note(domainsNote);
        relationsNote = Charter.note(relationsNote);
        representationNote = Charter.note(representationNote);
    }

    public boolean hasFocus() {
        return phase != null || !focus.isEmpty() || focusNote != null;
    }

    public boolean hasDomains() {
        return !domains.isEmpty() || domainsNote != null;
    }

    public boolean hasRepresentation() {
        return !representation.isEmpty() || representationNote != null;
    }

    public boolean isEmpty() {
        return !hasFocus() && !hasDomains() && relationsNote == null && !hasRepresentation();
    }
}
