package nl.hecht.directory.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import nl.hecht.directory.NetworkAreas;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * Who may read and change which entries of the sociale kaart, in one place (issue 5 part 4; R090, R043):
 * <ul>
 * <li>administrators and RESV staff edit every entry, every organisation's locations, and manage organisation staff;</li>
 * <li>organisation staff (accounts in the organisation's staff set) edit their organisation's entries and locations
 * and add entries to it;</li>
 * <li>a coordinator curates the entries in their networks' area: those serving a neighbourhood of it or with a
 * location in it ({@link NetworkAreas#curatedBy});</li>
 * <li>professionals and coordinators read every entry; anyone else (a client) reads none.</li>
 * </ul>
 */
@Component
public class EntryAccess {

    private final ObjectProvider<NetworkAreas> networkAreas;

    EntryAccess(ObjectProvider<NetworkAreas> networkAreas) {
        this.networkAreas = networkAreas;
    }

    public boolean isManager(CurrentUser user) {
        return user.has(Role.ADMIN) || user.has(Role.RESV_STAFF);
    }

    public boolean mayRead(CurrentUser user, ServiceEntry entry) {
        return isManager(user) || user.has(Role.COORDINATOR) || user.has(Role.PROFESSIONAL)
                || entry.organisation().hasStaff(user.id());
    }

    public boolean mayEdit(CurrentUser user, ServiceEntry entry) {
        return isManager(user) || entry.organisation().hasStaff(user.id()) || curates(user, areaOf(entry));
    }

    /** Whether the person may keep the organisation's locations and add entries to it. */
    public boolean mayManage(CurrentUser user, RegisteredOrganisation organisation) {
        return isManager(user) || organisation.hasStaff(user.id());
    }

    /** Whether a coordinator curates any of these neighbourhoods (codes). */
    public boolean curates(CurrentUser user, Collection<String> neighbourhoods) {
        if (!user.has(Role.COORDINATOR) || neighbourhoods.isEmpty()) {
            return false;
        }
        Set<String> curated = curatedBy(user);
        return neighbourhoods.stream().anyMatch(curated::contains);
    }

    /** The neighbourhood codes the person curates as coordinator (empty when none). */
    public Set<String> curatedBy(CurrentUser user) {
        NetworkAreas areas = networkAreas.getIfAvailable();
        if (areas == null || !user.has(Role.COORDINATOR)) {
            return Set.of();
        }
        return areas.curatedBy(user.id()).stream().map(NeighbourhoodCode::value).collect(Collectors.toSet());
    }

    /** The neighbourhoods an entry serves and those of its locations. */
    static Set<String> areaOf(ServiceEntry entry) {
        Set<String> area = new HashSet<>();
        entry.neighbourhoods().forEach(code -> area.add(code.value()));
        entry.locations().stream().map(LocationEntity::neighbourhoodCode).filter(java.util.Objects::nonNull)
                .forEach(area::add);
        return area;
    }

    void requireRead(CurrentUser user, ServiceEntry entry) {
        if (!mayRead(user, entry)) {
            throw new AccessDeniedException("may not read this entry");
        }
    }

    void requireEdit(CurrentUser user, ServiceEntry entry) {
        if (!mayEdit(user, entry)) {
            throw new AccessDeniedException("may not edit this entry");
        }
    }

    void requireManage(CurrentUser user, RegisteredOrganisation organisation) {
        if (!mayManage(user, organisation)) {
            throw new AccessDeniedException("may not keep this organisation's entries");
        }
    }

    void requireManager(CurrentUser user) {
        if (!isManager(user)) {
            throw new AccessDeniedException("only administrators and RESV staff");
        }
    }
}
