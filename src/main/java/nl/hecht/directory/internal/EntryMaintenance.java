package nl.hecht.directory.internal;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.area.Areas;
import nl.hecht.area.Neighbourhood;
import nl.hecht.directory.Location;
import nl.hecht.directory.LocationId;
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
import nl.hecht.shared.DomainException;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.TimeConfiguration;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/**
 * The screens of one entry of the sociale kaart (R090, R071–R073, R245–R247): the staff entry page, the form to add
 * or change one, "still right" (verify) and the change history. The overview of one's own entries is
 * {@link EntryOverview}, an organisation's page and locations {@link OrganisationLocations}, its staff
 * {@link OrganisationStaff}. Each use case names its policy ({@link DirectoryPolicies}, deciding with {@link EntryAccess}) before it runs;
 * an unknown id answers {@link NotFoundException} (404), a refusal 403.
 */
@ApplicationService
@Transactional
public class EntryMaintenance {

    private final ServiceRepository services;
    private final LocationRepository locations;
    private final OrganisationRepository organisations;
    private final SocialMapRegister register;
    private final EntryAccess rules;
    private final Accounts accounts;
    private final Areas areas;
    private final NeighbourhoodChoices neighbourhoodChoices;
    private final MessageSource messages;

    EntryMaintenance(ServiceRepository services, LocationRepository locations, OrganisationRepository organisations,
            SocialMapRegister register, EntryAccess rules, Accounts accounts, Areas areas,
            NeighbourhoodChoices neighbourhoodChoices, MessageSource messages) {
        this.services = services;
        this.locations = locations;
        this.organisations = organisations;
        this.register = register;
        this.rules = rules;
        this.accounts = accounts;
        this.areas = areas;
        this.neighbourhoodChoices = neighbourhoodChoices;
        this.messages = messages;
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
                neighbourhoodChoices.of(current), register.locationsOf(organisation.id()));
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

    // --- helpers -------------------------------------------------------------------------------------------------

    private ServiceEntry entry(ServiceId id) {
        return services.findById(id.value()).orElseThrow(NotFoundException::new);
    }

    private RegisteredOrganisation organisation(OrganisationId id) {
        return organisations.findById(id.value()).orElseThrow(NotFoundException::new);
    }

    private Set<String> areaOf(ServiceDetails details) {
        Set<String> area = new HashSet<>();
        details.neighbourhoods().forEach(code -> area.add(code.value()));
        for (LocationId id : details.locations()) {
            locations.findById(id.value()).map(LocationEntity::neighbourhoodCode).ifPresent(area::add);
        }
        return area;
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

    public record FormChoices(Organisation organisation, List<CategoryGroup> categories,
            List<TaxonomyTerm> targetGroups, List<NeighbourhoodChoices.NeighbourhoodGroup> neighbourhoods, List<Location> locations) {
    }

    public record Change(String fieldKey, String oldValue, String newValue) {
    }

    public record HistoryLine(ZonedDateTime at, String by, HistoryKind kind, List<Change> changes) {
    }

    public record HistoryPage(ServiceId id, String name, String organisationName, boolean mayEdit,
            List<HistoryLine> lines) {
    }

}
