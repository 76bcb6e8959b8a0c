package nl.hecht.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.area.Areas;
import nl.hecht.area.Neighbourhood;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.Location;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.NetworkAreas;
import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.ServiceId;
import nl.hecht.directory.ServiceView;
import nl.hecht.directory.TaxonomyTerm;
import nl.hecht.directory.Vocabulary;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.TimeConfiguration;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/**
 * Maintenance of the sociale kaart (R090, R071–R073, R245–R247): the staff entry page, the forms for entries and
 * locations, "still right" (verify), the change history, the overview of one's own entries and the organisation
 * staff. Each use case names its policy ({@link DirectoryPolicies}, deciding with {@link EntryAccess}) before it runs;
 * an unknown id (or a location of another organisation) answers {@link NotFoundException} (404), a refusal 403.
 */
@ApplicationService
@Transactional
public class EntryMaintenance {

    /** The overview of administrators and RESV staff lists this many entries, the longest unverified first. */
    static final int MANAGER_OVERVIEW_LIMIT = 300;

    private final ServiceRepository services;
    private final LocationRepository locations;
    private final OrganisationRepository organisations;
    private final SocialMapRegister register;
    private final EntryAccess rules;
    private final Accounts accounts;
    private final Areas areas;
    private final ObjectProvider<NetworkAreas> networkAreas;
    private final MessageSource messages;
    private final Clock clock;

    EntryMaintenance(ServiceRepository services, LocationRepository locations, OrganisationRepository organisations,
            SocialMapRegister register, EntryAccess rules, Accounts accounts, Areas areas,
            ObjectProvider<NetworkAreas> networkAreas, MessageSource messages, Clock clock) {
        this.services = services;
        this.locations = locations;
        this.organisations = organisations;
        this.register = register;
        this.rules = rules;
        this.accounts = accounts;
        this.areas = areas;
        this.networkAreas = networkAreas;
        this.messages = messages;
        this.clock = clock;
    }

    // --- entries -------------------------------------------------------------------------------------------------

    @UseCase(policy = DirectoryPolicyNames.READ_ENTRY)
    @Transactional(readOnly = true)
    public EntryPage entry(CurrentUser user, ServiceId id, Locale locale) {
        ServiceEntry entry = entry(id);
        ServiceView view = register.view(entry);
        ServiceDetails details = view.details();
        String verifiedBy = view.lastVerifiedBy() == null ? null
                : accounts.find(view.lastVerifiedBy()).map(AccountSummary::displayName).orElse(null);
        Map<String, TaxonomyTerm> terms = terms();
        List<String> targetGroups = details.targetGroups().stream().map(code -> termName(terms, code, locale))
                .sorted().toList();
        List<String> neighbourhoods = areas.neighbourhoods(details.neighbourhoods()).stream()
                .map(Neighbourhood::name).sorted().toList();
        return new EntryPage(view, entry.version(), rules.mayEdit(user, entry),
                rules.mayManage(user, entry.organisation()), verifiedBy,
                termName(terms, details.categoryCode(), locale), targetGroups, neighbourhoods);
    }

    /** The entry's details and version to fill the edit form, with what the form offers. */
    @UseCase(policy = DirectoryPolicyNames.MAINTAIN_ENTRY)
    @Transactional(readOnly = true)
    public Editable editable(CurrentUser user, ServiceId id) {
        ServiceEntry entry = entry(id);
        ServiceView view = register.view(entry);
        return new Editable(view, entry.version(), choices(entry.organisation(), view.details().neighbourhoods()));
    }

    /** What the entry form offers for a new entry of the organisation. */
    @UseCase(policy = DirectoryPolicyNames.ADD_ENTRY)
    @Transactional(readOnly = true)
    public FormChoices choices(CurrentUser user, OrganisationId organisationId, Collection<NeighbourhoodCode> current,
            Locale locale) {
        return choices(organisation(organisationId), current);
    }

    /** What the entry form offers for the entry being edited (shown again with what was typed). */
    @UseCase(policy = DirectoryPolicyNames.MAINTAIN_ENTRY)
    @Transactional(readOnly = true)
    public FormChoices choicesFor(CurrentUser user, ServiceId id, Collection<NeighbourhoodCode> current,
            Locale locale) {
        return choices(entry(id).organisation(), current);
    }

    private FormChoices choices(RegisteredOrganisation organisation, Collection<NeighbourhoodCode> current) {
        List<TaxonomyTerm> categories = register.terms(Vocabulary.CATEGORY);
        List<CategoryGroup> groups = new ArrayList<>();
        for (TaxonomyTerm top : categories) {
            if (top.parentCode() == null) {
                groups.add(new CategoryGroup(top, categories.stream()
                        .filter(term -> top.code().equals(term.parentCode())).toList()));
            }
        }
        return new FormChoices(organisation.toView(), groups, register.terms(Vocabulary.TARGET_GROUP),
                neighbourhoodChoices(current), register.locationsOf(organisation.id()));
    }

    /**
     * Registers an entry of the organisation: by its staff, administrators and RESV staff, or a coordinator for an
     * entry in their area.
     */
    @UseCase(policy = DirectoryPolicyNames.ADD_ENTRY)
    public ServiceId register(CurrentUser user, OrganisationId organisationId, ServiceDetails details) {
        RegisteredOrganisation organisation = organisation(organisationId);
        if (!rules.mayPlace(user, organisation, areaOf(details))) {
            throw new DomainException("service.error.outside-area");
        }
        return register.register(organisationId, details, user.id());
    }

    @UseCase(policy = DirectoryPolicyNames.MAINTAIN_ENTRY)
    public void change(CurrentUser user, ServiceId id, ServiceDetails details, Long version) {
        entry(id);
        register.change(id, details, user.id(), version);
    }

    @UseCase(policy = DirectoryPolicyNames.MAINTAIN_ENTRY)
    public void verify(CurrentUser user, ServiceId id) {
        entry(id);
        register.verify(id, user.id());
    }

    @UseCase(policy = DirectoryPolicyNames.READ_ENTRY)
    @Transactional(readOnly = true)
    public HistoryPage history(CurrentUser user, ServiceId id, Locale locale) {
        ServiceEntry entry = entry(id);
        List<HistoryRecord> records = register.history(id);
        Set<AccountId> who = records.stream().map(HistoryRecord::by).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<AccountId, AccountSummary> names = who.isEmpty() ? Map.of() : accounts.findAll(who);
        Map<String, TaxonomyTerm> terms = terms();
        List<HistoryLine> lines = new ArrayList<>();
        for (HistoryRecord record : records) {
            String by = record.by() == null ? message("history.by.import", locale)
                    : names.containsKey(record.by()) ? names.get(record.by()).displayName()
                            : message("history.by.unknown", locale);
            List<Change> changes = record.changes().stream()
                    .map(change -> new Change("history.field." + change.field(),
                            show(change.field(), change.oldValue(), terms, locale),
                            show(change.field(), change.newValue(), terms, locale)))
                    .toList();
            lines.add(new HistoryLine(record.occurredAt().atZone(TimeConfiguration.ZONE), by, record.kind(), changes));
        }
        return new HistoryPage(entry.id(), entry.name(), entry.organisation().name(), rules.mayEdit(user, entry),
                lines);
    }

    // --- the overview of one's own entries -----------------------------------------------------------------------

    /**
     * "Mijn vermeldingen": the entries the person may edit, those due for verification first. Administrators see the
     * counts of the whole sociale kaart and the entries longest unverified; RESV staff the same for their regions.
     */
    @UseCase(policy = DirectoryPolicyNames.SEARCH_DIRECTORY)
    @Transactional(readOnly = true)
    public MaintenanceOverview overview(CurrentUser user) {
        LocalDate dueBefore = today().minusMonths(ServiceEntry.VERIFY_MONTHS);
        List<RegisteredOrganisation> own = organisations.findWithStaff(user.id().value());
        List<ServiceEntry> entries;
        long total;
        long due;
        boolean truncated = false;
        if (rules.isManager(user) && !user.has(Role.ADMIN)) {
            List<ServiceEntry> region = rules.inScope(rules.scopeOf(user), services.findAll());
            total = region.size();
            due = region.stream().filter(entry -> entry.lastVerifiedOn().isBefore(dueBefore)).count();
            entries = region.stream()
                    .sorted(Comparator.comparing(ServiceEntry::lastVerifiedOn).thenComparing(ServiceEntry::name))
                    .limit(MANAGER_OVERVIEW_LIMIT).toList();
            truncated = total > entries.size();
        } else if (rules.isManager(user)) {
            total = services.count();
            due = services.countByLastVerifiedOnBefore(dueBefore);
            entries = services.findOldestVerified(PageRequest.of(0, MANAGER_OVERVIEW_LIMIT));
            truncated = total > entries.size();
        } else {
            Map<UUID, ServiceEntry> mine = new LinkedHashMap<>();
            if (!own.isEmpty()) {
                services.findByOrganisations(own.stream().map(org -> org.id().value()).toList())
                        .forEach(entry -> mine.put(entry.id().value(), entry));
            }
            Set<String> curated = rules.curatedBy(user);
            if (!curated.isEmpty()) {
                services.findInArea(curated).forEach(entry -> mine.putIfAbsent(entry.id().value(), entry));
            }
            entries = new ArrayList<>(mine.values());
            total = entries.size();
            due = entries.stream().filter(entry -> entry.lastVerifiedOn().isBefore(dueBefore)).count();
        }
        List<OverviewRow> rows = entries.stream()
                .sorted(Comparator.comparing(ServiceEntry::lastVerifiedOn).thenComparing(ServiceEntry::name))
                .map(entry -> new OverviewRow(entry.id(), entry.name(), entry.kind(), entry.organisation().name(),
                        entry.lastVerifiedOn(), entry.lastVerifiedOn().isBefore(dueBefore)))
                .toList();
        return new MaintenanceOverview(rows, total, due, rules.isManager(user), truncated,
                own.stream().map(RegisteredOrganisation::toView).toList());
    }

    // --- locations -----------------------------------------------------------------------------------------------

    @UseCase(policy = DirectoryPolicyNames.VIEW_ORGANISATION)
    @Transactional(readOnly = true)
    public OrganisationPage organisationPage(CurrentUser user, OrganisationId id) {
        RegisteredOrganisation organisation = organisation(id);
        LocalDate dueBefore = today().minusMonths(ServiceEntry.VERIFY_MONTHS);
        List<OverviewRow> entries = services.findByOrganisation(id.value()).stream()
                .map(entry -> new OverviewRow(entry.id(), entry.name(), entry.kind(), organisation.name(),
                        entry.lastVerifiedOn(), entry.lastVerifiedOn().isBefore(dueBefore)))
                .toList();
        Map<String, String> names = new HashMap<>();
        List<Location> own = register.locationsOf(id);
        Set<NeighbourhoodCode> codes = own.stream().map(Location::neighbourhood).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        areas.neighbourhoods(codes).forEach(n -> names.put(n.code().value(), n.name()));
        return new OrganisationPage(organisation.toView(), own, names, entries, rules.mayManage(user, organisation),
                rules.mayManageStaff(user, organisation));
    }

    @UseCase(policy = DirectoryPolicyNames.MAINTAIN_LOCATIONS)
    @Transactional(readOnly = true)
    public List<NeighbourhoodGroup> locationChoices(CurrentUser user, OrganisationId id,
            Collection<NeighbourhoodCode> current) {
        organisation(id);
        return neighbourhoodChoices(current);
    }

    @UseCase(policy = DirectoryPolicyNames.MAINTAIN_LOCATIONS)
    @Transactional(readOnly = true)
    public EditableLocation location(CurrentUser user, OrganisationId organisationId, LocationId id) {
        LocationEntity location = ownLocation(organisationId, id);
        return new EditableLocation(location.toView(), location.details(), location.version());
    }

    @UseCase(policy = DirectoryPolicyNames.MAINTAIN_LOCATIONS)
    public LocationId addLocation(CurrentUser user, OrganisationId organisationId, LocationDetails details) {
        organisation(organisationId);
        return register.addLocation(organisationId, details);
    }

    @UseCase(policy = DirectoryPolicyNames.MAINTAIN_LOCATIONS)
    public void changeLocation(CurrentUser user, OrganisationId organisationId, LocationId id, LocationDetails details,
            Long version) {
        ownLocation(organisationId, id);
        register.changeLocation(id, details, version);
    }

    // --- organisation staff --------------------------------------------------------------------------------------

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

    // --- helpers -------------------------------------------------------------------------------------------------

    private ServiceEntry entry(ServiceId id) {
        return services.findById(id.value()).orElseThrow(NotFoundException::new);
    }

    private RegisteredOrganisation organisation(OrganisationId id) {
        return organisations.findById(id.value()).orElseThrow(NotFoundException::new);
    }

    private LocationEntity ownLocation(OrganisationId organisationId, LocationId id) {
        return locations.findById(id.value()).filter(l -> l.organisation().equals(organisationId))
                .orElseThrow(NotFoundException::new);
    }

    private Set<String> areaOf(ServiceDetails details) {
        Set<String> area = new HashSet<>();
        details.neighbourhoods().forEach(code -> area.add(code.value()));
        for (LocationId id : details.locations()) {
            locations.findById(id.value()).map(LocationEntity::neighbourhoodCode).ifPresent(area::add);
        }
        return area;
    }

    /**
     * The neighbourhoods one can pick: those of the region's networks (and those already chosen), by municipality;
     * all known neighbourhoods when there are no networks yet.
     */
    private List<NeighbourhoodGroup> neighbourhoodChoices(Collection<NeighbourhoodCode> current) {
        Set<NeighbourhoodCode> codes = new TreeSet<>(Comparator.comparing(NeighbourhoodCode::value));
        NetworkAreas networks = networkAreas.getIfAvailable();
        if (networks != null) {
            networks.networks().forEach(network -> codes.addAll(network.neighbourhoods()));
        }
        List<Neighbourhood> known;
        if (codes.isEmpty()) {
            known = areas.neighbourhoodsIn(areas.municipalities().stream().map(m -> m.code()).toList());
            codes.addAll(current);
            Set<NeighbourhoodCode> seen = known.stream().map(Neighbourhood::code).collect(Collectors.toSet());
            List<Neighbourhood> extra = areas.neighbourhoods(codes.stream().filter(c -> !seen.contains(c)).toList());
            known = new ArrayList<>(known);
            known.addAll(extra);
        } else {
            codes.addAll(current);
            known = areas.neighbourhoods(codes);
        }
        Map<String, List<Neighbourhood>> byMunicipality = new java.util.TreeMap<>();
        for (Neighbourhood neighbourhood : known) {
            byMunicipality.computeIfAbsent(neighbourhood.municipalityName(), key -> new ArrayList<>()).add(neighbourhood);
        }
        return byMunicipality.entrySet().stream()
                .map(group -> new NeighbourhoodGroup(group.getKey(), group.getValue().stream()
                        .sorted(Comparator.comparing(Neighbourhood::name)).toList()))
                .toList();
    }

    private Map<String, TaxonomyTerm> terms() {
        Map<String, TaxonomyTerm> terms = new HashMap<>();
        for (Vocabulary vocabulary : Vocabulary.values()) {
            register.terms(vocabulary).forEach(term -> terms.put(term.code(), term));
        }
        return terms;
    }

    private static String termName(Map<String, TaxonomyTerm> terms, String code, Locale locale) {
        TaxonomyTerm term = terms.get(code);
        return term == null ? code : term.name(locale);
    }

    /** A history value as the person reads it: names for codes, words for yes/no, days in their language. */
    private String show(String field, String value, Map<String, TaxonomyTerm> terms, Locale locale) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "category" -> termName(terms, value, locale);
            case "targetGroups" -> java.util.Arrays.stream(value.split(", "))
                    .map(code -> termName(terms, code, locale)).collect(Collectors.joining(", "));
            case "kind" -> message("entry.kind." + value, locale);
            case "access" -> message("entry.access." + value, locale);
            case "publicEntry", "active" -> message("true".equals(value) ? "entry.yes" : "entry.no", locale);
            case "hours" -> java.util.Arrays.stream(value.split(", ")).map(period -> {
                int space = period.indexOf(' ');
                try {
                    return java.time.DayOfWeek.valueOf(period.substring(0, space))
                            .getDisplayName(TextStyle.FULL, locale) + period.substring(space);
                } catch (RuntimeException e) {
                    return period;
                }
            }).collect(Collectors.joining(", "));
            default -> value;
        };
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private LocalDate today() {
        return clock.instant().atZone(TimeConfiguration.ZONE).toLocalDate();
    }

    // --- what the pages show -------------------------------------------------------------------------------------

    /** The staff entry page. */
    public record EntryPage(ServiceView view, Long version, boolean mayEdit, boolean mayManageOrganisation,
            String lastVerifiedByName, String categoryName, List<String> targetGroupNames,
            List<String> neighbourhoodNames) {
    }

    public record Editable(ServiceView view, Long version, FormChoices choices) {
    }

    public record CategoryGroup(TaxonomyTerm parent, List<TaxonomyTerm> children) {
    }

    public record NeighbourhoodGroup(String municipalityName, List<Neighbourhood> neighbourhoods) {

        /** Whether any of the given codes lies in this group (to open it on the form). */
        public boolean containsAny(Collection<String> codes) {
            return neighbourhoods.stream().anyMatch(n -> codes.contains(n.code().value()));
        }
    }

    public record FormChoices(Organisation organisation, List<CategoryGroup> categories,
            List<TaxonomyTerm> targetGroups, List<NeighbourhoodGroup> neighbourhoods, List<Location> locations) {
    }

    public record Change(String fieldKey, String oldValue, String newValue) {
    }

    public record HistoryLine(ZonedDateTime at, String by, HistoryKind kind, List<Change> changes) {
    }

    public record HistoryPage(ServiceId id, String name, String organisationName, boolean mayEdit,
            List<HistoryLine> lines) {
    }

    public record OverviewRow(ServiceId id, String name, EntryKind kind, String organisationName,
            LocalDate lastVerifiedOn, boolean due) {
    }

    public record MaintenanceOverview(List<OverviewRow> entries, long total, long due, boolean manager,
            boolean truncated, List<Organisation> organisations) {
    }

    public record OrganisationPage(Organisation organisation, List<Location> locations,
            Map<String, String> neighbourhoodNames, List<OverviewRow> entries, boolean mayManage, boolean mayManageStaff) {
    }

    public record EditableLocation(Location location, LocationDetails details, Long version) {
    }

    public record StaffPage(Organisation organisation, List<AccountSummary> staff, List<AccountSummary> candidates) {
    }
}
