package nl.hecht.directory.internal.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.hecht.directory.Location;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.Organisations;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.ServiceId;
import nl.hecht.directory.ServiceView;
import nl.hecht.directory.TaxonomyTerm;
import nl.hecht.directory.Vocabulary;
import nl.hecht.directory.internal.EntryAccess;
import nl.hecht.directory.internal.EntryScope;
import nl.hecht.directory.internal.ExchangeSupport;
import nl.hecht.directory.internal.LocationEntity;
import nl.hecht.directory.internal.LocationRepository;
import nl.hecht.directory.internal.ServiceEntry;
import nl.hecht.directory.internal.ServiceRepository;
import nl.hecht.directory.internal.SocialMapRegister;
import nl.hecht.directory.internal.exchange.ExchangeData.EntryData;
import nl.hecht.directory.internal.exchange.ExchangeData.LocationData;
import nl.hecht.directory.internal.exchange.ExchangeData.OrganisationData;
import nl.hecht.identity.AccountId;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.jobs.ImportProblem;
import nl.hecht.shared.jobs.ImportProgress;

/**
 * Checks a read file against the sociale kaart as it is (without changing anything), and applies a checked file.
 * Matching: an organisation by external id, else by Hecht's own id, else by name; a location or entry by external
 * id, else by Hecht's own id, else by name within its organisation. What matches and is the same stays untouched,
 * so importing a file twice changes nothing the second time (R236). Both methods run inside the caller's
 * transaction; the caller makes the whole apply one transaction, so a failing import changes nothing.
 */
@Component
public class DirectoryImporter {

    static final int MAX_ID = 100;

    private final Organisations organisations;
    private final SocialMapRegister socialMap;
    private final ExchangeSupport support;
    private final LocationRepository locations;
    private final ServiceRepository services;
    private final EntryAccess scopes;

    DirectoryImporter(Organisations organisations, SocialMapRegister socialMap, ExchangeSupport support,
            LocationRepository locations, ServiceRepository services, EntryAccess scopes) {
        this.scopes = scopes;
        this.organisations = organisations;
        this.socialMap = socialMap;
        this.support = support;
        this.locations = locations;
        this.services = services;
    }

    /** What the import did. */
    public record Counts(int created, int updated, int unchanged) {
    }

    // ------------------------------------------------------------------------------------------ checking

    /** Every reason the organisations cannot be applied to the whole sociale kaart, with where they stand in the file. */
    public List<ImportProblem> check(List<OrganisationData> file, ImportProgress<DirectoryImportPhase> progress) {
        return check(file, EntryScope.WHOLE, progress);
    }

    /**
     * Every reason the organisations cannot be applied by someone who keeps the scope, with where they stand in the
     * file: besides the checks of any import, a record that would change an organisation, location or entry outside
     * the scope, or that adds one that would lie outside it ({@link EntryScope}).
     */
    public List<ImportProblem> check(List<OrganisationData> file, EntryScope scope, ImportProgress<DirectoryImportPhase> progress) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> categories = codes(Vocabulary.CATEGORY);
        Set<String> targetGroups = codes(Vocabulary.TARGET_GROUP);
        Set<String> organisationIds = new HashSet<>();
        Set<String> organisationNames = new HashSet<>();
        Set<String> locationIds = new HashSet<>();
        Set<String> entryIds = new HashSet<>();
        int done = 0;
        for (OrganisationData organisation : file) {
            progress.report(DirectoryImportPhase.CHECKING, done++, file.size());
            checkId(organisation.id(), organisation.source(), problems);
            if (organisation.id() != null && !organisationIds.add(organisation.id())) {
                problems.add(ExchangeProblems.at(organisation.source(), "directory.import.error.duplicate-id",
                        organisation.id()));
            }
            if (!organisationNames.add(organisation.details().name().toLowerCase(Locale.ROOT))) {
                problems.add(ExchangeProblems.at(organisation.source(), "organisation.error.name-taken"));
            }
            Optional<Organisation> existing = Optional.empty();
            try {
                existing = organisation(organisation);
            } catch (NameTaken e) {
                problems.add(ExchangeProblems.at(organisation.source(), "organisation.error.name-taken"));
            }
            OrganisationId owner = existing.map(Organisation::id).orElse(null);
            if (!scope.whole()) {
                checkScope(organisation, existing, scope, problems);
            }
            Set<String> fileLocations = new HashSet<>();
            for (LocationData location : organisation.locations()) {
                fileLocations.add(location.key());
                checkId(location.id(), location.source(), problems);
                if (location.id() != null && !locationIds.add(location.id())) {
                    problems.add(ExchangeProblems.at(location.source(), "directory.import.error.duplicate-id",
                            location.id()));
                }
                Optional<Location> known = location.id() == null ? Optional.empty() : locationById(location.id());
                if (known.isPresent() && !known.get().organisation().equals(owner)) {
                    problems.add(ExchangeProblems.at(location.source(), "directory.import.error.other-organisation",
                            location.id()));
                }
            }
            Set<String> entryNames = new HashSet<>();
            for (EntryData entry : organisation.entries()) {
                ServiceDetails details = entry.details();
                checkId(entry.id(), entry.source(), problems);
                if (entry.id() != null ? !entryIds.add(entry.id())
                        : !entryNames.add(details.name().toLowerCase(Locale.ROOT))) {
                    problems.add(ExchangeProblems.at(entry.source(), "directory.import.error.duplicate-id",
                            entry.id() != null ? entry.id() : details.name()));
                }
                if (!categories.contains(details.categoryCode())) {
                    problems.add(ExchangeProblems.at(entry.source(), "directory.import.error.category",
                            details.categoryCode()));
                }
                for (String group : new java.util.TreeSet<>(details.targetGroups())) {
                    if (!targetGroups.contains(group)) {
                        problems.add(ExchangeProblems.at(entry.source(), "directory.import.error.target-group", group));
                    }
                }
                for (String locationId : entry.locationIds()) {
                    if (!fileLocations.contains(locationId) && (owner == null
                            || locationById(locationId).filter(l -> l.organisation().equals(owner)).isEmpty())) {
                        problems.add(ExchangeProblems.at(entry.source(), "directory.import.error.location-ref",
                                locationId.startsWith("name:") ? locationId.substring(5) : locationId));
                    }
                }
                Optional<ServiceView> known = entry.id() == null ? Optional.empty() : entryById(entry.id());
                if (known.isPresent() && !known.get().organisation().id().equals(owner)) {
                    problems.add(ExchangeProblems.at(entry.source(), "directory.import.error.other-organisation",
                            entry.id()));
                }
            }
        }
        return problems;
    }

    /**
     * The records of one organisation of the file that reach outside the scope: a change of an organisation that is
     * not the scope's (its details, a new or changed location), a change of an entry that is not the scope's, and a
     * new organisation or entry that would not lie in the scope.
     */
    private void checkScope(OrganisationData organisation, Optional<Organisation> existing, EntryScope scope,
            List<ImportProblem> problems) {
        String outside = "directory.import.error.outside-region";
        OrganisationId owner = existing.map(Organisation::id).orElse(null);
        Map<String, LocationData> fileLocations = new HashMap<>();
        organisation.locations().forEach(location -> fileLocations.put(location.key(), location));
        boolean organisationInScope;
        if (owner != null) {
            organisationInScope = scopes.inScope(scope, owner);
            if (!organisationInScope) {
                if (!existing.get().details().equals(organisation.details())) {
                    problems.add(ExchangeProblems.at(organisation.source(), outside));
                }
                for (LocationData location : organisation.locations()) {
                    Optional<Location> known = location(owner, location);
                    if (known.isEmpty() || !details(known.get()).equals(location.details())) {
                        problems.add(ExchangeProblems.at(location.source(), outside));
                    }
                }
            }
        } else {
            organisationInScope = scope.coversOrganisation(
                    organisation.locations().stream().map(location -> code(location.details().neighbourhood()))
                            .toList(),
                    organisation.entries().stream().flatMap(entry -> entry.details().neighbourhoods().stream())
                            .map(NeighbourhoodCode::value).toList(),
                    !organisation.entries().isEmpty());
            if (!organisationInScope && organisation.entries().isEmpty()) {
                problems.add(ExchangeProblems.at(organisation.source(), outside));
            }
        }
        for (EntryData entry : organisation.entries()) {
            Optional<ServiceView> known = owner == null ? Optional.empty() : entry(owner, entry);
            if (known.isPresent()) {
                boolean inScope = organisationInScope || scope.coversAny(areaOf(known.get()));
                if (!inScope && wouldChange(known.get(), entry, owner, fileLocations)) {
                    problems.add(ExchangeProblems.at(entry.source(), outside));
                }
            } else {
                List<String> area = new ArrayList<>();
                entry.details().neighbourhoods().forEach(code -> area.add(code.value()));
                for (String key : entry.locationIds()) {
                    LocationData inFile = fileLocations.get(key);
                    if (inFile != null) {
                        area.add(code(inFile.details().neighbourhood()));
                    } else {
                        locationById(key).map(Location::neighbourhood).map(DirectoryImporter::code).ifPresent(area::add);
                    }
                }
                if (!scope.coversEntry(organisationInScope, area)) {
                    problems.add(ExchangeProblems.at(entry.source(), outside));
                }
            }
        }
    }

    /** Whether applying the record would change the entry (as {@link #applyEntry} decides). */
    private boolean wouldChange(ServiceView known, EntryData data, OrganisationId owner,
            Map<String, LocationData> fileLocations) {
        Set<LocationId> at = new LinkedHashSet<>();
        for (String key : data.locationIds()) {
            LocationData inFile = fileLocations.get(key);
            Optional<Location> location = inFile != null ? location(owner, inFile) : locationById(key);
            if (location.isEmpty()) {
                return true;
            }
            at.add(location.get().id());
        }
        return !known.details().equals(ExchangeData.withLocations(data.details(), at))
                || data.assuredDate() != null && !data.assuredDate().equals(known.lastVerifiedOn());
    }

    /** The neighbourhoods an entry serves and those of its locations. */
    private List<String> areaOf(ServiceView entry) {
        List<String> area = new ArrayList<>();
        entry.details().neighbourhoods().forEach(code -> area.add(code.value()));
        for (LocationId id : entry.details().locations()) {
            locations.findById(id.value()).map(LocationEntity::neighbourhoodCode).ifPresent(area::add);
        }
        return area;
    }

    private static String code(NeighbourhoodCode code) {
        return code == null ? null : code.value();
    }

    private static void checkId(String id, ExchangeData.Source source, List<ImportProblem> problems) {
        if (id != null && (id.length() > MAX_ID || id.startsWith("name:"))) {
            problems.add(ExchangeProblems.at(source, "directory.import.error.id", MAX_ID));
        }
    }

    private Set<String> codes(Vocabulary vocabulary) {
        Set<String> codes = new HashSet<>();
        socialMap.terms(vocabulary).stream().map(TaxonomyTerm::code).forEach(codes::add);
        return codes;
    }

    // ------------------------------------------------------------------------------------------ applying

    /** Applies a checked file; a refusal (DomainException) leaves it to the caller to roll everything back. */
    public Counts apply(List<OrganisationData> file, AccountId by, ImportProgress<DirectoryImportPhase> progress) {
        int[] counts = new int[3];
        int done = 0;
        for (OrganisationData organisation : file) {
            progress.report(DirectoryImportPhase.WRITING, done++, file.size());
            OrganisationId owner = applyOrganisation(organisation, counts);
            Map<String, LocationId> keys = new HashMap<>();
            for (LocationData location : organisation.locations()) {
                keys.put(location.key(), applyLocation(owner, location, counts));
            }
            for (EntryData entry : organisation.entries()) {
                Set<LocationId> at = new LinkedHashSet<>();
                for (String key : entry.locationIds()) {
                    at.add(keys.computeIfAbsent(key, k -> locationById(k).orElseThrow().id()));
                }
                applyEntry(owner, entry, ExchangeData.withLocations(entry.details(), at), by, counts);
            }
        }
        return new Counts(counts[0], counts[1], counts[2]);
    }

    private OrganisationId applyOrganisation(OrganisationData data, int[] counts) {
        Optional<Organisation> existing = organisation(data);
        if (existing.isEmpty()) {
            OrganisationId id = organisations.register(data.details());
            if (data.id() != null) {
                support.assignExternalId(id, data.id());
            }
            counts[0]++;
            return id;
        }
        Organisation organisation = existing.get();
        boolean changed = false;
        if (!organisation.details().equals(data.details())) {
            organisations.change(organisation.id(), data.details());
            changed = true;
        }
        if (organisation.externalId() == null && data.id() != null
                && !data.id().equals(organisation.id().toString())) {
            support.assignExternalId(organisation.id(), data.id());
            changed = true;
        }
        counts[changed ? 1 : 2]++;
        return organisation.id();
    }

    private LocationId applyLocation(OrganisationId owner, LocationData data, int[] counts) {
        Optional<Location> existing = location(owner, data);
        if (existing.isEmpty()) {
            LocationId id = socialMap.addLocation(owner, data.details());
            if (data.id() != null) {
                locations.findById(id.value()).orElseThrow().assignExternalId(data.id());
            }
            counts[0]++;
            return id;
        }
        Location location = existing.get();
        if (!details(location).equals(data.details())) {
            socialMap.changeLocation(location.id(), data.details());
            counts[1]++;
        } else {
            counts[2]++;
        }
        return location.id();
    }

    private void applyEntry(OrganisationId owner, EntryData data, ServiceDetails details, AccountId by,
            int[] counts) {
        Optional<ServiceView> existing = entry(owner, data);
        if (existing.isEmpty()) {
            ServiceId id = socialMap.create(UUID.randomUUID(), owner, data.id(), details, by).id();
            if (data.assuredDate() != null) {
                support.verifiedOn(id, data.assuredDate());
            }
            counts[0]++;
            return;
        }
        ServiceView entry = existing.get();
        boolean changed = false;
        if (!entry.details().equals(details)) {
            socialMap.change(entry.id(), details, by);
            changed = true;
        }
        if (data.assuredDate() != null && (changed || !data.assuredDate().equals(entry.lastVerifiedOn()))) {
            support.verifiedOn(entry.id(), data.assuredDate());
            changed = true;
        }
        counts[changed ? 1 : 2]++;
    }

    // ------------------------------------------------------------------------------------------ matching

    /** Thrown when an organisation of the file would take the name of another one. */
    private static final class NameTaken extends RuntimeException {
        NameTaken() {
            super(null, null, false, false);
        }
    }

    private Optional<Organisation> organisation(OrganisationData data) {
        Optional<Organisation> match = Optional.empty();
        if (data.id() != null) {
            match = support.organisationByExternalId(data.id());
            if (match.isEmpty()) {
                match = uuid(data.id()).flatMap(id -> organisations.find(new OrganisationId(id)))
                        .filter(o -> o.externalId() == null);
            }
        }
        Optional<Organisation> byName = organisations.findByName(data.details().name());
        if (match.isEmpty()) {
            if (byName.isPresent() && byName.get().externalId() != null && data.id() != null) {
                throw new NameTaken();
            }
            return byName;
        }
        if (byName.isPresent() && !byName.get().id().equals(match.get().id())) {
            throw new NameTaken();
        }
        return match;
    }

    private Optional<Location> location(OrganisationId owner, LocationData data) {
        if (data.id() != null) {
            return locationById(data.id());
        }
        return socialMap.locationsOf(owner).stream()
                .filter(l -> l.name().equalsIgnoreCase(data.details().name())).findFirst();
    }

    private Optional<Location> locationById(String id) {
        Optional<LocationEntity> match = locations.findByExternalId(id);
        if (match.isEmpty()) {
            match = uuid(id).flatMap(locations::findById).filter(l -> l.externalId() == null);
        }
        return match.map(LocationEntity::toView);
    }

    private Optional<ServiceView> entry(OrganisationId owner, EntryData data) {
        if (data.id() != null) {
            return entryById(data.id());
        }
        return socialMap.ofOrganisation(owner).stream()
                .filter(e -> e.details().name().equalsIgnoreCase(data.details().name())).findFirst();
    }

    private Optional<ServiceView> entryById(String id) {
        Optional<ServiceId> match = services.findByExternalId(id).map(ServiceEntry::id);
        if (match.isEmpty()) {
            match = uuid(id).map(ServiceId::new).filter(candidate -> socialMap.find(candidate)
                    .filter(view -> view.externalId() == null).isPresent());
        }
        return match.flatMap(socialMap::find);
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return id.length() == 36 ? Optional.of(UUID.fromString(id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static nl.hecht.directory.LocationDetails details(Location l) {
        return new nl.hecht.directory.LocationDetails(l.name(), l.address(), l.postalCode(), l.city(),
                l.neighbourhood(), l.latitude(), l.longitude(), l.wheelchairAccessible(), l.accessibility());
    }
}
