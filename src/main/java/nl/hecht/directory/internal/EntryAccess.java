package nl.hecht.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.NetworkAreas;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.ServiceId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.usecase.Verdict;

/**
 * Who may read and change which entries of the sociale kaart, in one place (R090, R043):
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
 * The policies of {@link DirectoryPolicies} ask these rules before a use case runs; the use cases ask them only for
 * what a page shows ("may edit") and for the part of the sociale kaart a person keeps.
 */
@Component
public class EntryAccess {

    private final ObjectProvider<NetworkAreas> networkAreas;
    private final LocationRepository locations;
    private final ServiceRepository services;
    private final OrganisationRepository organisations;

    EntryAccess(ObjectProvider<NetworkAreas> networkAreas, LocationRepository locations, ServiceRepository services,
            OrganisationRepository organisations) {
        this.networkAreas = networkAreas;
        this.locations = locations;
        this.services = services;
        this.organisations = organisations;
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

    // --- the decisions of the policies (DirectoryPolicies): each loads its record and decides in one read-only
    // transaction of its own, since a policy runs before the use case's transaction -----------------------------

    /** A staff member reading an entry (R090): unknown is hidden, otherwise {@link #mayRead}. */
    @Transactional(readOnly = true)
    public Verdict readEntry(CurrentUser user, ServiceId id) {
        Optional<ServiceEntry> entry = services.findById(id.value());
        return Verdict.visibleIf(entry.isPresent()).and(() -> Verdict.grantedIf(mayRead(user, entry.get())));
    }

    /** Changing or verifying an entry (R090, R072): unknown is hidden, otherwise {@link #mayEdit}. */
    @Transactional(readOnly = true)
    public Verdict editEntry(CurrentUser user, ServiceId id) {
        Optional<ServiceEntry> entry = services.findById(id.value());
        return Verdict.visibleIf(entry.isPresent()).and(() -> Verdict.grantedIf(mayEdit(user, entry.get())));
    }

    /**
     * Adding an entry to an organisation: its staff, administrators and RESV staff of its region, and coordinators
     * (whose entry must lie in their networks' area, which the use case checks as a form error).
     */
    @Transactional(readOnly = true)
    public Verdict addEntry(CurrentUser user, OrganisationId id) {
        return decideOrganisation(id, organisation -> mayManage(user, organisation) || user.has(Role.COORDINATOR));
    }

    /** An organisation's maintenance page: whoever keeps it, coordinators and professionals. */
    @Transactional(readOnly = true)
    public Verdict viewOrganisation(CurrentUser user, OrganisationId id) {
        return decideOrganisation(id, organisation -> mayManage(user, organisation) || user.has(Role.COORDINATOR)
                || user.has(Role.PROFESSIONAL));
    }

    /** An organisation's locations: {@link #mayManage}. */
    @Transactional(readOnly = true)
    public Verdict maintainLocations(CurrentUser user, OrganisationId id) {
        return decideOrganisation(id, organisation -> mayManage(user, organisation));
    }

    /** An organisation's staff and register details: {@link #mayManageStaff}. */
    @Transactional(readOnly = true)
    public Verdict manageStaff(CurrentUser user, OrganisationId id) {
        return decideOrganisation(id, organisation -> mayManageStaff(user, organisation));
    }

    /**
     * Whether a new entry of the organisation may lie where its details place it: anywhere for whoever keeps the
     * organisation, in their networks' area for a coordinator (R090).
     */
    public boolean mayPlace(CurrentUser user, RegisteredOrganisation organisation, Collection<String> area) {
        return mayManage(user, organisation) || curates(user, area);
    }

    private Verdict decideOrganisation(OrganisationId id, Predicate<RegisteredOrganisation> rule) {
        Optional<RegisteredOrganisation> organisation = organisations.findById(id.value());
        return Verdict.visibleIf(organisation.isPresent()).and(() -> Verdict.grantedIf(rule.test(organisation.get())));
    }
}
