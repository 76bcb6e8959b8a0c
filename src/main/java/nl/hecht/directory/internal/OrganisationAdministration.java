package nl.hecht.directory.internal;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.Organisations;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;

/**
 * The organisation register's pages: administrators and RESV staff list and register organisations and change them
 * (RESV staff those of their regions, {@link EntryScope}); anyone else is refused (403) before anything is read. An
 * unknown id answers 404.
 */
@Service
@Transactional
public class OrganisationAdministration {

    private final Organisations organisations;
    private final OrganisationRepository registered;
    private final EntryAccess access;

    OrganisationAdministration(Organisations organisations, OrganisationRepository registered, EntryAccess access) {
        this.organisations = organisations;
        this.registered = registered;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<Organisation> list(CurrentUser user) {
        requireManager(user);
        return organisations.all();
    }

    @Transactional(readOnly = true)
    public Organisation find(CurrentUser user, OrganisationId id) {
        requireManager(user);
        return organisations.find(id).orElseThrow(OrganisationNotFoundException::new);
    }

    public OrganisationId register(CurrentUser user, NewOrganisation details) {
        requireManager(user);
        return organisations.register(details);
    }

    public void change(CurrentUser user, OrganisationId id, NewOrganisation details) {
        requireManager(user);
        RegisteredOrganisation organisation = registered.findById(id.value())
                .orElseThrow(OrganisationNotFoundException::new);
        if (!access.mayManageStaff(user, organisation)) {
            throw new AccessDeniedException("only administrators and RESV staff of the organisation's region");
        }
        organisations.change(id, details);
    }

    private static void requireManager(CurrentUser user) {
        if (!user.has(Role.ADMIN) && !user.has(Role.RESV_STAFF)) {
            throw new AccessDeniedException("only administrators and RESV staff manage organisations");
        }
    }

    /** The organisation does not exist: 404. */
    public static class OrganisationNotFoundException extends RuntimeException {

        public OrganisationNotFoundException() {
            super("organisation not found", null, false, false);
        }
    }
}
