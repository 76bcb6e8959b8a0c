package nl.hecht.directory.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/**
 * The accounts that keep an organisation's entries (its staff), kept by administrators and RESV staff of its region
 * (R090). An account without a role besides client cannot be staff.
 */
@ApplicationService
@Transactional
public class OrganisationStaff {

    private final OrganisationRepository organisations;
    private final Accounts accounts;

    OrganisationStaff(OrganisationRepository organisations, Accounts accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    @UseCase(policy = DirectoryPolicyNames.MANAGE_STAFF)
    @Transactional(readOnly = true)
    public StaffPage staff(CurrentUser user, OrganisationId id) {
        RegisteredOrganisation organisation = organisation(id);
        Set<AccountId> staff = organisation.staff();
        List<AccountSummary> members = accounts.findAll(staff).values().stream()
                .sorted(Comparator.comparing(AccountSummary::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
        List<AccountSummary> candidates = accounts.active().stream().filter(a -> !staff.contains(a.id()))
                .filter(a -> !a.has(Role.CLIENT) || a.roles().size() > 1).toList();
        return new StaffPage(organisation.toView(), members, candidates);
    }

    @UseCase(policy = DirectoryPolicyNames.MANAGE_STAFF)
    public void addStaff(CurrentUser user, OrganisationId id, @Nullable AccountId account) {
        RegisteredOrganisation organisation = organisation(id);
        if (account == null) {
            throw new DomainException("staff.error.account");
        }
        AccountSummary summary = accounts.find(account).filter(AccountSummary::active)
                .orElseThrow(() -> new DomainException("staff.error.account"));
        if (summary.roles().equals(Set.of(Role.CLIENT))) {
            throw new DomainException("staff.error.account");
        }
        organisation.addStaff(account);
    }

    @UseCase(policy = DirectoryPolicyNames.MANAGE_STAFF)
    public void removeStaff(CurrentUser user, OrganisationId id, AccountId account) {
        RegisteredOrganisation organisation = organisation(id);
        organisation.removeStaff(account);
    }

    private RegisteredOrganisation organisation(OrganisationId id) {
        return organisations.findById(id.value()).orElseThrow(NotFoundException::new);
    }

    public record StaffPage(Organisation organisation, List<AccountSummary> staff, List<AccountSummary> candidates) {
    }
}
