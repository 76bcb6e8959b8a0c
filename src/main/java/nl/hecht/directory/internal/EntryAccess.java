package nl.hecht.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import nl.hecht.directory.NetworkAreas;
import nl.hecht.directory.OrganisationId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * Who may read and change which entries of the sociale kaart, in one place (issue 5 part 4; R090, R043):
 * <ul>
 * <li>administrators edit every entry and every organisation's locations, and manage organisation staff; they import
 * and export the whole sociale kaart;</li>
 * <li>RESV staff do the same for the entries and organisations of their regions ({@link EntryScope}: an entry belongs
 * to a region when one of its locations or served neighbourhoods lies in the region's municipalities or its
 * organisation has a location there), and import and export only those;</li>
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
    private final LocationRepository locations;
    private final ServiceRepository services;

    EntryAccess(ObjectProvider<NetworkAreas> networkAreas, LocationRepository locations, ServiceRepository services) {
        this.networkAreas = networkAreas;
        this.locations = locations;
        this.services = services;
    }

    /** Administrators and RESV staff: they keep the sociale kaart (RESV staff the part of their regions). */
    public boolean isManager(CurrentUser user) {
        return user.has(Role.ADMIN) || user.has(Role.RESV_STAFF);
    }

    /**
     * What the person keeps as manager: the whole for administrators, the municipalities of their regions for RESV
     * staff, nothing for anyone else.
     */
    public EntryScope scopeOf(CurrentUser user) {
        if (user.has(Role.ADMIN)) {
            return EntryScope.WHOLE;
        }
        NetworkAreas areas = networkAreas.getIfAvailable();
        if (!user.has(Role.RESV_STAFF) || areas == null) {
            return EntryScope.NONE;
        }
        return new EntryScope(areas.municipalitiesStaffedBy(user.id()));
    }

    /** Whether the organisation belongs to the scope (see {@link EntryScope}). */
    public boolean inScope(EntryScope scope, RegisteredOrganisation organisation) {
        return inScope(scope, organisation.id());
    }

    /** Whether the organisation belongs to the scope (see {@link EntryScope}). */
    public boolean inScope(EntryScope scope, OrganisationId organisation) {
        if (scope.whole()) {
            return true;
        }
        List<String> own = locations.findByOrganisation(organisation.value()).stream()
                .map(LocationEntity::neighbourhoodCode).toList();
        if (own.stream().anyMatch(Objects::nonNull)) {
            return scope.coversAny(own);
        }
        List<ServiceEntry> entries = services.findByOrganisation(organisation.value());
        return scope.coversOrganisation(own, entries.stream().flatMap(entry -> entry.neighbourhoods().stream())
                .map(NeighbourhoodCode::value).toList(), !entries.isEmpty());
    }

    /** Whether the entry belongs to the scope (see {@link EntryScope}). */
    public boolean inScope(EntryScope scope, ServiceEntry entry) {
        return scope.whole() || scope.coversAny(areaOf(entry)) || inScope(scope, entry.organisation());
    }

    /**
     * The entries of the list that belong to the scope, with two queries for the whole list (for the overview and
     * the export) instead of two per organisation.
     */
    public List<ServiceEntry> inScope(EntryScope scope, List<ServiceEntry> entries) {
        if (scope.whole()) {
            return entries;
        }
        Map<UUID, List<String>> located = new HashMap<>();
        for (LocationEntity location : locations.findAll()) {
            located.computeIfAbsent(location.organisation().value(), key -> new ArrayList<>())
                    .add(location.neighbourhoodCode());
        }
        Map<UUID, List<String>> served = new HashMap<>();
        for (ServiceEntry entry : services.findAll()) {
            List<String> codes = served.computeIfAbsent(entry.organisation().id().value(),
                    key -> new ArrayList<>());
            entry.neighbourhoods().forEach(code -> codes.add(code.value()));
        }
        Map<UUID, Boolean> organisations = new HashMap<>();
        return entries.stream().filter(entry -> scope.coversEntry(
                organisations.computeIfAbsent(entry.organisation().id().value(),
                        id -> scope.coversOrganisation(located.getOrDefault(id, List.of()),
                                served.getOrDefault(id, List.of()), served.containsKey(id))),
                areaOf(entry))).toList();
    }

    private boolean managesEntry(CurrentUser user, ServiceEntry entry) {
        return user.has(Role.ADMIN) || user.has(Role.RESV_STAFF) && inScope(scopeOf(user), entry);
    }

    private boolean managesOrganisation(CurrentUser user, RegisteredOrganisation organisation) {
        return user.has(Role.ADMIN) || user.has(Role.RESV_STAFF) && inScope(scopeOf(user), organisation);
    }

    public boolean mayRead(CurrentUser user, ServiceEntry entry) {
        return isManager(user) || user.has(Role.COORDINATOR) || user.has(Role.PROFESSIONAL)
                || entry.organisation().hasStaff(user.id());
    }

    public boolean mayEdit(CurrentUser user, ServiceEntry entry) {
        return entry.organisation().hasStaff(user.id()) || curates(user, areaOf(entry)) || managesEntry(user, entry);
    }

    /** Whether the person may keep the organisation's locations and add entries to it. */
    public boolean mayManage(CurrentUser user, RegisteredOrganisation organisation) {
        return organisation.hasStaff(user.id()) || managesOrganisation(user, organisation);
    }

    /** Whether the person may keep the organisation's staff: administrators, and RESV staff of its region. */
    public boolean mayManageStaff(CurrentUser user, RegisteredOrganisation organisation) {
        return managesOrganisation(user, organisation);
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
        entry.locations().stream().map(LocationEntity::neighbourhoodCode).filter(Objects::nonNull)
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

    public void requireManager(CurrentUser user) {
        if (!isManager(user)) {
            throw new AccessDeniedException("only administrators and RESV staff");
        }
    }

    void requireManageStaff(CurrentUser user, RegisteredOrganisation organisation) {
        if (!mayManageStaff(user, organisation)) {
            throw new AccessDeniedException("only administrators and RESV staff of the organisation's region");
        }
    }
}
