package nl.hecht.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.EntryKind;
import nl.hecht.directory.Organisation;
import nl.hecht.directory.ServiceId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;
import nl.hecht.shared.Today;

/**
 * "Mijn vermeldingen" (R090): the entries the person may keep, those due for verification first; for administrators
 * and RESV staff the counts of the whole sociale kaart (their regions' part for RESV staff).
 */
@ApplicationService
@Transactional
public class EntryOverview {

    /** The overview of administrators and RESV staff lists this many entries, the longest unverified first. */
    static final int MANAGER_OVERVIEW_LIMIT = 300;

    private final ServiceRepository services;
    private final OrganisationRepository organisations;
    private final EntryAccess rules;
    private final Clock clock;

    EntryOverview(ServiceRepository services, OrganisationRepository organisations, EntryAccess rules, Clock clock) {
        this.services = services;
        this.organisations = organisations;
        this.rules = rules;
        this.clock = clock;
    }

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

    private LocalDate today() {
        return Today.in(clock);
    }

    // --- what the page shows ---------------------------------------------------------------------------------

    public record OverviewRow(ServiceId id, String name, EntryKind kind, String organisationName,
            LocalDate lastVerifiedOn, boolean due) {
    }

    public record MaintenanceOverview(List<OverviewRow> entries, long total, long due, boolean manager,
            boolean truncated, List<Organisation> organisations) {
    }
}
