package nl.hecht.network.internal.view;

import java.util.Collection;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.Organisations;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.access.NetworkAccess;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionManagement;
import nl.hecht.network.internal.region.SizeAdvice;
import nl.hecht.network.internal.region.StaffAssignment;
import nl.hecht.network.internal.region.StaffRole;
import nl.hecht.network.internal.region.Stakeholder;
import nl.hecht.network.internal.region.StakeholderKind;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.MunicipalityCode;

/**
 * The changes RESV staff make on their region's page: staff, stakeholders and expected disciplines. Each checks that
 * the person manages the region ({@link NetworkAccess}: 404 otherwise) before changing it.
 */
@Service
@Transactional
public class RegionCommands {

    private final NetworkAccess access;
    private final RegionManagement regions;
    private final Accounts accounts;
    private final Organisations organisations;

    RegionCommands(NetworkAccess access, RegionManagement regions, Accounts accounts, Organisations organisations) {
        this.access = access;
        this.regions = regions;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /**
     * Creates a region (admins only): a fresh installation starts here. The region then gets its staff on its page.
     */
    public RegionId create(CurrentUser user, String name, Collection<MunicipalityCode> municipalities,
            SizeAdvice sizeAdvice) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("only an admin creates a region");
        }
        return regions.create(name, municipalities, sizeAdvice);
    }

    /** Adds a person to the region's staff; only active accounts with the RESV staff role can be staff. */
    public void assign(CurrentUser user, RegionId id, AccountId account, StaffRole role, MunicipalityCode municipality) {
        access.regionToManage(user, id);
        AccountSummary person = accounts.find(account).filter(AccountSummary::active)
                .filter(found -> found.has(Role.RESV_STAFF))
                .orElseThrow(() -> new DomainException("region.error.staff-account"));
        if (role != StaffRole.AREA_MANAGER && municipality != null) {
            throw new DomainException("region.error.municipality-only-area-manager");
        }
        regions.assign(id, person.id(), role, municipality);
    }

    /** Ends one assignment. RESV staff cannot end their own last one (they would lose the region). */
    public void unassign(CurrentUser user, RegionId id, StaffAssignment assignment) {
        Region region = access.regionToManage(user, id);
        if (!user.has(Role.ADMIN) && assignment.accountId().equals(user.id().value())
                && region.assignmentsOf(user.id()).size() <= 1) {
            throw new DomainException("region.error.own-last-assignment");
        }
        regions.unassign(id, assignment);
    }

    /**
     * Adds a health insurer, municipality or other party with its contact person (R021). When an organisation from the
     * register is chosen, its name is used unless another is given.
     */
    public void addStakeholder(CurrentUser user, RegionId id, StakeholderKind kind, OrganisationId organisation,
            String name, String contactName, String contactEmail, String contactPhone) {
        access.regionToManage(user, id);
        String shownName = blankToNull(name);
        if (organisation != null) {
            Organisation found = organisations.find(organisation)
                    .orElseThrow(() -> new DomainException("organisation.error.unknown"));
            shownName = shownName == null ? found.name() : shownName;
        }
        if (shownName == null) {
            throw new DomainException("region.error.stakeholder-name");
        }
        regions.addStakeholder(id, new Stakeholder(kind, shownName, organisation == null ? null : organisation.value(),
                blankToNull(contactName), blankToNull(contactEmail), blankToNull(contactPhone)));
    }

    public void removeStakeholder(CurrentUser user, RegionId id, int index) {
        access.regionToManage(user, id);
        regions.removeStakeholder(id, index);
    }

    /** The disciplines the region expects in its core networks beyond the core composition (issue 4, item 8). */
    public void expectDisciplines(CurrentUser user, RegionId id, Collection<String> disciplineCodes) {
        access.regionToManage(user, id);
        regions.expectDisciplines(id, disciplineCodes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
