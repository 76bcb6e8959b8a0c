package nl.hecht.network.web;

import java.util.List;

import nl.hecht.network.OrganisationalModel;
import nl.hecht.network.internal.network.TeamFocus;
import nl.hecht.network.internal.network.TeamPosition;
import nl.hecht.network.internal.network.TeamWork;

/** The options of the charter's checklists and choices, in their order, for the form's template. */
record CharterChoices(List<TeamFocus.Phase> phases, List<TeamFocus.Focus> focus, List<TeamFocus.Domain> domains,
        List<TeamFocus.Representation> representation, List<TeamPosition.Budget> budgets,
        List<TeamPosition.Hours> hours, List<TeamWork.Work> work, List<TeamWork.Loket> lokets,
        List<OrganisationalModel.Trait> traits, List<OrganisationalModel.Decision> decisions) {

    static final CharterChoices INSTANCE = new CharterChoices(List.of(TeamFocus.Phase.values()),
            List.of(TeamFocus.Focus.values()), List.of(TeamFocus.Domain.values()),
            List.of(TeamFocus.Representation.values()), List.of(TeamPosition.Budget.values()),
            List.of(TeamPosition.Hours.values()), List.of(TeamWork.Work.values()), List.of(TeamWork.Loket.values()),
            List.of(OrganisationalModel.Trait.values()), List.of(OrganisationalModel.Decision.values()));
}
