package nl.hecht.directory.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.EntryKind;
import nl.hecht.directory.InitiativeSummary;
import nl.hecht.directory.Location;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.ServiceId;
import nl.hecht.directory.ServiceView;
import nl.hecht.directory.SocialMap;
import nl.hecht.directory.SupplyEntry;
import nl.hecht.directory.TaxonomyTerm;
import nl.hecht.directory.Vocabulary;
import nl.hecht.identity.AccountId;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.NeighbourhoodCode;

/** The entries and locations of the sociale kaart. */
@Service
@Transactional
public class SocialMapRegister implements SocialMap {

    static final String TERMS_CACHE = "directory-terms";

    private final ServiceRepository services;
    private final LocationRepository locations;
    private final OrganisationRepository organisations;
    private final TermRepository terms;
    private final HistoryRepository history;
    private final Clock clock;

    SocialMapRegister(ServiceRepository services, LocationRepository locations, OrganisationRepository organisations,
            TermRepository terms, HistoryRepository history, Clock clock) {
        this.services = services;
        this.locations = locations;
        this.organisations = organisations;
        this.terms = terms;
        this.history = history;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ServiceView> find(ServiceId id) {
        return services.findById(id.value()).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<InitiativeSummary> initiativesServing(Collection<NeighbourhoodCode> neighbourhoods) {
        if (neighbourhoods.isEmpty()) {
            return List.of();
        }
        return services.findByKindServing(EntryKind.INITIATIVE,
                neighbourhoods.stream().map(NeighbourhoodCode::value).toList()).stream()
                .map(entry -> new InitiativeSummary(entry.id(), entry.name(), entry.category().code(),
                        entry.details().organiser(), entry.organisation().id(), entry.neighbourhoods()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SupplyEntry> supplyIn(Collection<NeighbourhoodCode> neighbourhoods) {
        if (neighbourhoods.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> asked = new java.util.HashSet<>();
        neighbourhoods.forEach(code -> asked.add(code.value()));
        List<SupplyEntry> supply = new java.util.ArrayList<>();
        for (List<String> chunk : chunks(List.copyOf(asked))) {
            services.findInArea(chunk).forEach(entry -> {
                java.util.Set<NeighbourhoodCode> covered = new java.util.TreeSet<>();
                entry.neighbourhoods().stream().filter(code -> asked.contains(code.value())).forEach(covered::add);
                entry.locations().stream().map(LocationEntity::neighbourhoodCode)
                        .filter(code -> code != null && asked.contains(code)).map(NeighbourhoodCode::new)
                        .forEach(covered::add);
                supply.add(new SupplyEntry(entry.id(), entry.kind(), entry.category().code(), covered));
            });
        }
        // an entry in two chunks counts once, with the neighbourhoods of both
        java.util.Map<ServiceId, SupplyEntry> merged = new java.util.LinkedHashMap<>();
        supply.forEach(entry -> merged.merge(entry.id(), entry, (a, b) -> {
            java.util.Set<NeighbourhoodCode> both = new java.util.TreeSet<>(a.neighbourhoods());
            both.addAll(b.neighbourhoods());
            return new SupplyEntry(a.id(), a.kind(), a.categoryCode(), both);
        }));
        return List.copyOf(merged.values());
    }

    /** Parts of at most 500 codes, so that an "in" list stays within what every database accepts. */
    private static List<List<String>> chunks(List<String> codes) {
        List<List<String>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < codes.size(); i += 500) {
            chunks.add(codes.subList(i, Math.min(codes.size(), i + 500)));
        }
        return chunks;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceView> ofOrganisation(OrganisationId organisation) {
        return services.findByOrganisation(organisation.value()).stream().map(this::view).toList();
    }

    @Override
    public ServiceId register(OrganisationId organisation, ServiceDetails details, AccountId by) {
        return create(UUID.randomUUID(), organisation, null, details, by).id();
    }

    /**
     * Registers an entry with a given id and external id (imports). The history records it as created by the
     * account, or as imported when no account is given.
     */
    public ServiceEntry create(UUID id, OrganisationId organisation, String externalId, ServiceDetails details,
            AccountId by) {
        RegisteredOrganisation owner = organisation(organisation);
        checkTargetGroups(details);
        ServiceEntry entry = new ServiceEntry(id, owner, externalId, details, category(details),
                locationsOf(owner, details), by, clock);
        ServiceEntry saved = services.save(entry);
        record(id, by, by == null ? HistoryKind.IMPORTED : HistoryKind.CREATED, List.of());
        return saved;
    }

    /**
     * Changes the entry and records the fields that changed in its history: as changed by the account, or as
     * imported when no account is given (an import that changes nothing adds no line). A person saving without
     * changes verifies the entry.
     */
    @Override
    public void change(ServiceId id, ServiceDetails details, AccountId by) {
        change(id, details, by, null);
    }

    /**
     * Like {@link #change(ServiceId, ServiceDetails, AccountId)}, but refuses when the entry changed since the
     * version the person started from (optimistic locking across requests).
     */
    public void change(ServiceId id, ServiceDetails details, AccountId by, Long expectedVersion) {
        ServiceEntry entry = entry(id);
        if (expectedVersion != null && !expectedVersion.equals(entry.version())) {
            throw new DomainException("service.error.changed-meanwhile");
        }
        checkTargetGroups(details);
        Map<LocationId, String> locationNames = new HashMap<>();
        entry.locations().forEach(location -> locationNames.put(location.id(), location.toView().name()));
        ServiceDetails before = entry.details();
        Set<LocationEntity> newLocations = locationsOf(entry.organisation(), details);
        newLocations.forEach(location -> locationNames.put(location.id(), location.toView().name()));
        entry.change(details, category(details), newLocations, by, clock);
        List<HistoryRecord.FieldChange> changes = EntryDiff.between(before, entry.details(), locationNames);
        if (by == null) {
            if (!changes.isEmpty()) {
                record(id.value(), null, HistoryKind.IMPORTED, changes);
            }
        } else {
            record(id.value(), by,
                    changes.isEmpty() ? HistoryKind.VERIFIED : HistoryKind.CHANGED, changes);
        }
    }

    @Override
    public void verify(ServiceId id, AccountId by) {
        entry(id).verify(by, clock);
        record(id.value(), by, HistoryKind.VERIFIED, List.of());
    }

    /** Adds a line to the entry's history, numbered after the ones before. */
    private void record(UUID entry, AccountId by, HistoryKind kind, List<HistoryRecord.FieldChange> changes) {
        history.save(new HistoryRecord(entry, (int) history.countByServiceId(entry) + 1, clock.instant(), by, kind,
                changes));
    }

    /** The entry's current version (for optimistic locking across requests). */
    @Transactional(readOnly = true)
    public Long versionOf(ServiceId id) {
        return entry(id).version();
    }

    /** The entry's history, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryRecord> history(ServiceId id) {
        return history.findByServiceIdOrderBySequenceNoDesc(id.value());
    }

    /** Changes a location unless it changed since the version the person started from. */
    public void changeLocation(LocationId id, LocationDetails details, Long expectedVersion) {
        LocationEntity location = locations.findById(id.value())
                .orElseThrow(() -> new DomainException("location.error.unknown"));
        if (expectedVersion != null && !expectedVersion.equals(location.version())) {
            throw new DomainException("location.error.changed-meanwhile");
        }
        location.change(details);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Location> locationsOf(OrganisationId organisation) {
        return locations.findByOrganisation(organisation.value()).stream().map(LocationEntity::toView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Location> location(LocationId id) {
        return locations.findById(id.value()).map(LocationEntity::toView);
    }

    @Override
    public LocationId addLocation(OrganisationId organisation, LocationDetails details) {
        organisation(organisation);
        return locations.save(new LocationEntity(UUID.randomUUID(), organisation, null, details)).id();
    }

    @Override
    public void changeLocation(LocationId id, LocationDetails details) {
        locations.findById(id.value()).orElseThrow(() -> new DomainException("location.error.unknown")).change(details);
    }

    /**
     * The terms of a vocabulary, from the reference data cache: the taxonomy changes only with a migration (no
     * screen writes it), so an entry lives until it expires (spring.cache.caffeine.spec).
     */
    @Override
    @Transactional(readOnly = true)
    @Cacheable(TERMS_CACHE)
    public List<TaxonomyTerm> terms(Vocabulary vocabulary) {
        return terms.findByVocabularyOrderByPosition(vocabulary).stream().map(Term::toView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TaxonomyTerm> term(String code) {
        return code == null ? Optional.empty() : terms.findById(code).map(Term::toView);
    }

    ServiceEntry entry(ServiceId id) {
        return services.findById(id.value()).orElseThrow(() -> new DomainException("service.error.unknown"));
    }

    private RegisteredOrganisation organisation(OrganisationId id) {
        return organisations.findById(id.value()).orElseThrow(() -> new DomainException("organisation.error.unknown"));
    }

    private Term category(ServiceDetails details) {
        return terms.findById(details.categoryCode()).filter(term -> term.vocabulary() == Vocabulary.CATEGORY)
                .orElseThrow(() -> new DomainException("service.error.category"));
    }

    private void checkTargetGroups(ServiceDetails details) {
        for (String code : details.targetGroups()) {
            if (terms.findById(code).filter(term -> term.vocabulary() == Vocabulary.TARGET_GROUP).isEmpty()) {
                throw new DomainException("service.error.target-group");
            }
        }
    }

    /** The entry's locations, which must be the owner's own. */
    private Set<LocationEntity> locationsOf(RegisteredOrganisation owner, ServiceDetails details) {
        Set<LocationEntity> result = new LinkedHashSet<>();
        for (LocationId id : details.locations()) {
            LocationEntity location = locations.findById(id.value())
                    .filter(candidate -> candidate.organisation().equals(owner.id()))
                    .orElseThrow(() -> new DomainException("service.error.location"));
            result.add(location);
        }
        return result;
    }

    ServiceView view(ServiceEntry entry) {
        return new ServiceView(entry.id(), entry.externalId(), entry.organisation().toView(), entry.details(),
                entry.locations().stream().map(LocationEntity::toView).toList(), entry.lastVerifiedOn(),
                entry.lastVerifiedBy(), entry.verificationDue(clock));
    }
}
