package nl.hecht.network.internal.network;

import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import nl.hecht.shared.DomainException;

/**
 * Question B of seed 001, with structure (R162): is there a team budget, and how are the hours and effort of the
 * members facilitated. With a free note; when there is a team budget the note says who holds it and for what.
 */
@Embeddable
public record TeamPosition(
        @Enumerated(EnumType.STRING) @Column(name = "charter_team_budget", length = 20) Budget teamBudget,
        @Convert(converter = EnumSets.HoursConverter.class) @Column(name = "charter_hours", length = 200) Set<Hours> hours,
        @Column(name = "charter_budget_note", length = Charter.NOTE) String budgetNote) {

    /** Whether there is a team budget. */
    public enum Budget {
        NONE, PLANNED, YES
    }

    /** How the members' hours are facilitated. */
    public enum Hours {
        /** Their own organisation gives the hours. */
        OWN_ORGANISATION,
        /** Paid from the team budget. */
        TEAM_BUDGET,
        /** From a project or subsidy (for example IZA/transformation funds). */
        PROJECT_FUNDS,
        /** Not arranged yet: members do it on top of their work. */
        NOT_ARRANGED
    }

    public static final TeamPosition EMPTY = new TeamPosition(null, null, null);

    public TeamPosition {
        hours = EnumSets.copy(hours, Hours.class);
        budgetNote = Charter.note(budgetNote);
        if (teamBudget == Budget.YES && budgetNote == null) {
            throw new DomainException("charter.error.budget-note");
        }
        if (hours.contains(Hours.NOT_ARRANGED) && hours.size() > 1) {
            throw new DomainException("charter.error.hours-not-arranged");
        }
    }

    public boolean isEmpty() {
        return teamBudget == null && hours.isEmpty() && budgetNote == null;
    }
}
