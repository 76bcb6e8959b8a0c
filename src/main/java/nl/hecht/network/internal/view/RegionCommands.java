package nl.hecht.network.internal.view;

import java.util.Collection;

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
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;
import static nl.hecht.network.internal.access.NetworkPolicyNames.CREATE_REGION;
import static nl.hecht.network.internal.access.NetworkPolicyNames.MANAGE_REGION;
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
 * The changes RESV staff make on their region's page: staff, stakeholders and expected disciplines, each for whom
 * manages the region (404 otherwise, R043); and the creation of a region by an admin.
 */
@ApplicationService
@Transactional
public class RegionCommands {

    private final RegionManagement regions;
    private final Accounts accounts;
    private final Organisations organisations;

    RegionCommands(RegionManagement regions, Accounts accounts, Organisations organisations) {
        this.regions = regions;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /**
     * Creates a region (admins only): a fresh installation starts here. The region then gets its staff on its page.
     */
    @UseCase(policy = CREATE_REGION)
    public RegionId create(CurrentUser user, String name, Collection<MunicipalityCode> municipalities,
            SizeAdvice sizeAdvice) {
        return regions.create(name, municipalities, sizeAdvice);
    }

    /** Adds a person to the region's staff; only active accounts with the RESV staff role can be staff. */
    @UseCase(policy = MANAGE_REGION)
    public void assign(CurrentUser user, RegionId id, AccountId account, StaffRole role, MunicipalityCode municipality) {
        AccountSummary person = accounts.find(account).filter(AccountSummary::active)
                .filter(found -> found.has(Role.RESV_STAFF))
                .orElseThrow(() -> new DomainException("region.error.staff-account"));
        if (role != StaffRole.AREA_MANAGER && municipality != null) {
            throw new DomainException("region.error.municipality-only-area-manager");
        }
        regions.assign(id, person.id(), role, municipality);
    }

    /** Ends one assignment. RESV staff cannot end their own last one (they would lose the region). */
    @UseCase(policy = MANAGE_REGION)
    public void unassign(CurrentUser user, RegionId id, StaffAssignment assignment) {
        Region region = regions.region(id).orElseThrow(() -> new DomainException("region.error.unknown"));
        if (!user.has(Role.ADMIN) && assignment.accountId().equals(user.id())
                && region.assignmentsOf(user.id()).size() <= 1) {
            throw new DomainException("region.error.own-last-assignment");
        }
        regions.unassign(id, assignment);
    }

    /**
     * Adds a health insurer, municipality or other party with its contact person (R021). When an organisation from the
     * register is chosen, its name is used unless another is given.
     */
    @UseCase(policy = MANAGE_REGION)
    public void addStakeholder(CurrentUser user, RegionId id, StakeholderKind kind, OrganisationId organisation,
            String name, String contactName, String contactEmail, String contactPhone) {
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

    @UseCase(policy = MANAGE_REGION)
    public void removeStakeholder(CurrentUser user, RegionId id, int index) {
        regions.removeStakeholder(id, index);
    }

    /** The disciplines the region expects in its core networks beyond the core composition. */
    @UseCase(policy = MANAGE_REGION)
    public void expectDisciplines(CurrentUser user, RegionId id, Collection<String> disciplineCodes) {
        regions.expectDisciplines(id, disciplineCodes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
