package nl.hecht.network.internal.view;

import java.util.List;
import java.util.Set;

import nl.hecht.area.Municipality;
import nl.hecht.directory.Organisation;
import nl.hecht.identity.AccountSummary;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.discipline.Discipline;
import nl.hecht.network.internal.region.SizeAdvice;
import nl.hecht.network.internal.region.StaffRole;
import nl.hecht.network.internal.region.Stakeholder;

/**
 * What the region management page shows, read in one transaction: the region's staff with their names, its
 * stakeholders, the disciplines it expects, and the choices the forms offer (accounts of RESV staff, insurers and
 * municipalities from the organisation register, the discipline list, the region's municipalities).
 */
public record RegionPage(RegionId id, String name, SizeAdvice sizeAdvice, List<Municipality> municipalities,
        List<StaffRow> staff, List<Stakeholder> stakeholders, Set<String> expectedDisciplines,
        List<AccountSummary> candidates, List<Organisation> stakeholderOrganisations, List<Discipline> disciplines,
        long networks) {

    /** One assignment with the name of the person and, for an area manager, the municipality's name. */
    public record StaffRow(String accountId, String displayName, StaffRole role, String municipalityCode,
            String municipalityName) {
    }
}
