package nl.hecht.directory.internal;

import java.util.List;

import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/**
 * The organisation register's pages: administrators and RESV staff list and register organisations and change them
 * (RESV staff those of their regions, {@link EntryScope}); anyone else is refused (403) before anything is read
 * ({@link DirectoryPolicies}). An unknown id answers 404.
 */
@ApplicationService
@Transactional
public class OrganisationAdministration {

    private final Organisations organisations;

    OrganisationAdministration(Organisations organisations) {
        this.organisations = organisations;
    }

    @UseCase(policy = DirectoryPolicyNames.ADMINISTER_ORGANISATIONS)
    @Transactional(readOnly = true)
    public List<Organisation> list(CurrentUser user) {
        return organisations.all();
    }

    /** The kinds of organisation the form to register or change one offers. */
    @UseCase(policy = DirectoryPolicyNames.ADMINISTER_ORGANISATIONS)
    public List<OrganisationType> types(CurrentUser user) {
        return List.of(OrganisationType.values());
    }

    @UseCase(policy = DirectoryPolicyNames.ADMINISTER_ORGANISATIONS)
    @Transactional(readOnly = true)
    public Organisation find(CurrentUser user, OrganisationId id) {
        return organisations.find(id).orElseThrow(NotFoundException::new);
    }

    @UseCase(policy = DirectoryPolicyNames.ADMINISTER_ORGANISATIONS)
    public OrganisationId register(CurrentUser user, NewOrganisation details) {
        return organisations.register(details);
    }

    @UseCase(policy = DirectoryPolicyNames.CHANGE_ORGANISATION)
    public void change(CurrentUser user, OrganisationId id, NewOrganisation details) {
        organisations.change(id, details);
    }
}
