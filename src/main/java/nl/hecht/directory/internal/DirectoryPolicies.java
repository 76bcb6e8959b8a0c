package nl.hecht.directory.internal;

import static nl.hecht.directory.internal.DirectoryPolicyNames.ADD_ENTRY;
import static nl.hecht.directory.internal.DirectoryPolicyNames.ADMINISTER_ORGANISATIONS;
import static nl.hecht.directory.internal.DirectoryPolicyNames.CHANGE_ORGANISATION;
import static nl.hecht.directory.internal.DirectoryPolicyNames.EXCHANGE_DIRECTORY;
import static nl.hecht.directory.internal.DirectoryPolicyNames.MAINTAIN_ENTRY;
import static nl.hecht.directory.internal.DirectoryPolicyNames.MAINTAIN_LOCATIONS;
import static nl.hecht.directory.internal.DirectoryPolicyNames.MANAGE_STAFF;
import static nl.hecht.directory.internal.DirectoryPolicyNames.PUBLIC_DIRECTORY;
import static nl.hecht.directory.internal.DirectoryPolicyNames.READ_ENTRY;
import static nl.hecht.directory.internal.DirectoryPolicyNames.SEARCH_DIRECTORY;
import static nl.hecht.directory.internal.DirectoryPolicyNames.VIEW_ORGANISATION;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.ServiceId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.usecase.AccessPolicy;

/**
 * Who may do what on the sociale kaart (R090, R043, R236, R245; the rules themselves in {@link EntryAccess}). Someone
 * without a role of the part asked for (a client on the staff pages, a professional in the organisation register) is
 * refused (403) before any record is looked up; then an unknown record answers 404, and one the person may see but
 * not change 403. The record of a call is its first {@link ServiceId} or {@link OrganisationId} argument, the person
 * its {@link CurrentUser} argument (or the one signed in).
 */
@Configuration(proxyBeanMethods = false)
class DirectoryPolicies {

    /** The roles of the staff side of the sociale kaart. */
    static final String[] STAFF_ROLES = { "ADMIN", "RESV_STAFF", "COORDINATOR", "PROFESSIONAL" };
    /** The roles that keep the sociale kaart as a whole (their regions' part for RESV staff). */
    static final String[] MANAGER_ROLES = { "ADMIN", "RESV_STAFF" };

    @Bean
    AccessPolicy searchDirectoryPolicy() {
        return AccessPolicy.anyRole(SEARCH_DIRECTORY, STAFF_ROLES);
    }

    @Bean
    AccessPolicy publicDirectoryPolicy() {
        return AccessPolicy.everyone(PUBLIC_DIRECTORY);
    }

    @Bean
    AccessPolicy administerOrganisationsPolicy() {
        return AccessPolicy.anyRole(ADMINISTER_ORGANISATIONS, MANAGER_ROLES);
    }

    @Bean
    AccessPolicy exchangeDirectoryPolicy() {
        return AccessPolicy.anyRole(EXCHANGE_DIRECTORY, MANAGER_ROLES);
    }

    @Bean
    AccessPolicy readEntryPolicy(EntryAccess access) {
        return AccessPolicy.onRecord(READ_ENTRY, Set.of(STAFF_ROLES),
                CurrentUser.class, ServiceId.class, access::readEntry);
    }

    @Bean
    AccessPolicy maintainEntryPolicy(EntryAccess access) {
        return AccessPolicy.onRecord(MAINTAIN_ENTRY, Set.of(STAFF_ROLES),
                CurrentUser.class, ServiceId.class, access::editEntry);
    }

    @Bean
    AccessPolicy addEntryPolicy(EntryAccess access) {
        return AccessPolicy.onRecord(ADD_ENTRY, Set.of(STAFF_ROLES),
                CurrentUser.class, OrganisationId.class, access::addEntry);
    }

    @Bean
    AccessPolicy viewOrganisationPolicy(EntryAccess access) {
        return AccessPolicy.onRecord(VIEW_ORGANISATION, Set.of(STAFF_ROLES),
                CurrentUser.class, OrganisationId.class, access::viewOrganisation);
    }

    @Bean
    AccessPolicy maintainLocationsPolicy(EntryAccess access) {
        return AccessPolicy.onRecord(MAINTAIN_LOCATIONS, Set.of(STAFF_ROLES),
                CurrentUser.class, OrganisationId.class, access::maintainLocations);
    }

    @Bean
    AccessPolicy manageStaffPolicy(EntryAccess access) {
        return AccessPolicy.onRecord(MANAGE_STAFF, Set.of(MANAGER_ROLES),
                CurrentUser.class, OrganisationId.class, access::manageStaff);
    }

    @Bean
    AccessPolicy changeOrganisationPolicy(EntryAccess access) {
        return AccessPolicy.onRecord(CHANGE_ORGANISATION, Set.of(MANAGER_ROLES),
                CurrentUser.class, OrganisationId.class, access::manageStaff);
    }
}
