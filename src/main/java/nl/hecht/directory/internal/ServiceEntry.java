package nl.hecht.directory.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.ServiceId;
import nl.hecht.directory.WeeklyHours;
import nl.hecht.identity.AccountId;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.TimeConfiguration;
import nl.hecht.shared.Today;

/**
 * An entry of the sociale kaart (HSDS service): a service, a community initiative or an access point of an
 * organisation, with its locations, opening hours and the neighbourhoods it serves. Indexed for search; every
 * field a hit shows is projectable so that a search never touches the database.
 */
@Entity
@Table(name = "directory_service")
@Indexed(index = "service")
public class ServiceEntry {

    /** Opening hours are indexed in slots of this many minutes of the week. */
    public static final int SLOT_MINUTES = 15;

    /** An entry not verified for this long is due for verification. */
    public static final int VERIFY_MONTHS = 12;

    @Id
    @DocumentId
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    @IndexedEmbedded(includePaths = "name")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private RegisteredOrganisation organisation;

    @Column(name = "external_id")
    private String externalId;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private EntryKind kind;

    @FullTextField(analyzer = DutchAnalysis.DUTCH, searchAnalyzer = DutchAnalysis.DUTCH_QUERY, projectable = Projectable.YES)
    @FullTextField(name = "name_parts", analyzer = DutchAnalysis.PARTS, searchAnalyzer = DutchAnalysis.PARTS_QUERY)
    @KeywordField(name = "name_sort", normalizer = DutchAnalysis.SORT, sortable = Sortable.YES)
    private String name;

    @FullTextField(analyzer = DutchAnalysis.DUTCH, searchAnalyzer = DutchAnalysis.DUTCH_QUERY)
    @FullTextField(name = "description_parts", analyzer = DutchAnalysis.PARTS, searchAnalyzer = DutchAnalysis.PARTS_QUERY)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_code")
    @IndexedEmbedded(name = "categoryTerm", includePaths = { "nameNl", "nameNl_parts" })
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private Term category;

    @ElementCollection
    @CollectionTable(name = "directory_service_target_group", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "code")
    @BatchSize(size = 100)
    @KeywordField(name = "targetGroup", aggregable = Aggregable.YES)
    private Set<String> targetGroups = new HashSet<>();

    private String eligibility;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private Referral access;

    @Column(name = "referral_by")
    private String referralBy;

    private String costs;

    @ElementCollection
    @CollectionTable(name = "directory_service_language", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "code")
    @BatchSize(size = 100)
    private Set<String> languages = new HashSet<>();

    private String phone;

    private String email;

    private String website;

    @Column(name = "contact_name")
    private String contactName;

    @FullTextField(analyzer = DutchAnalysis.DUTCH, searchAnalyzer = DutchAnalysis.DUTCH_QUERY)
    private String organiser;

    @Column(name = "waiting_days")
    @GenericField(projectable = Projectable.YES)
    private Integer waitingDays;

    @ElementCollection
    @CollectionTable(name = "directory_service_neighbourhood", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "code")
    @BatchSize(size = 100)
    @KeywordField(name = "neighbourhood", aggregable = Aggregable.YES)
    private Set<String> neighbourhoods = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "directory_service_location", joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "location_id"))
    @BatchSize(size = 100)
    @IndexedEmbedded(includePaths = { "point", "line" })
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Set<LocationEntity> locations = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "directory_service_schedule", joinColumns = @JoinColumn(name = "service_id"))
    @BatchSize(size = 100)
    private List<Hours> hours = new ArrayList<>();

    @Column(name = "public_entry")
    @GenericField(projectable = Projectable.YES)
    private boolean publicEntry;

    @GenericField
    private boolean active;

    @Column(name = "last_verified_on")
    private LocalDate lastVerifiedOn;

    @Column(name = "last_verified_by")
    private UUID lastVerifiedBy;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private Long version;

    protected ServiceEntry() {
    }

    ServiceEntry(UUID id, RegisteredOrganisation organisation, String externalId, ServiceDetails details,
            Term category, Set<LocationEntity> locations, AccountId by, Clock clock) {
        this.id = id;
        this.organisation = organisation;
        this.externalId = externalId;
        this.createdAt = clock.instant();
        change(details, category, locations, by, clock);
    }

    /** Takes the new details; saving an entry counts as verifying it. */
    void change(ServiceDetails details, Term category, Set<LocationEntity> newLocations, AccountId by, Clock clock) {
        this.kind = details.kind();
        this.name = details.name();
        this.description = details.description();
        this.category = category;
        this.targetGroups = new HashSet<>(details.targetGroups());
        this.eligibility = details.eligibility();
        this.access = details.access();
        this.referralBy = details.referralBy();
        this.costs = details.costs();
        this.languages = new HashSet<>(details.languages());
        this.phone = details.phone();
        this.email = details.email();
        this.website = details.website();
        this.contactName = details.contactName();
        this.organiser = details.organiser();
        this.waitingDays = details.waitingDays();
        this.neighbourhoods = new HashSet<>(details.neighbourhoods().stream().map(NeighbourhoodCode::value).toList());
        this.locations = new LinkedHashSet<>(newLocations);
        this.hours = new ArrayList<>(details.hours().stream().map(Hours::of).toList());
        this.publicEntry = details.publicEntry();
        this.active = details.active();
        this.updatedAt = clock.instant();
        verify(by, clock);
    }

    void verify(AccountId by, Clock clock) {
        this.lastVerifiedOn = Today.in(clock);
        this.lastVerifiedBy = by == null ? null : by.value();
        this.remindedAt = null;
    }

    /** Keeps an imported "last verified" day (HSDS assured_date) instead of today. */
    void verifiedOn(LocalDate day) {
        if (day != null) {
            this.lastVerifiedOn = day;
            this.lastVerifiedBy = null;
        }
    }

    void reminded(Instant at) {
        this.remindedAt = at;
    }

    boolean verificationDue(Clock clock) {
        return lastVerifiedOn.isBefore(Today.in(clock).minusMonths(VERIFY_MONTHS));
    }

    /**
     * The quarter-hours of the week (0 = Monday 00:00–00:15) in which the entry is open, for "open now" as a single
     * term lookup.
     */
    @GenericField(name = "openSlot")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "hours")))
    public Set<Integer> getOpenSlots() {
        Set<Integer> slots = new TreeSet<>();
        for (Hours period : hours) {
            int day = period.day.getValue() - 1;
            int from = period.opensAt.toSecondOfDay() / 60 / SLOT_MINUTES;
            int to = (period.closesAt.toSecondOfDay() / 60 + SLOT_MINUTES - 1) / SLOT_MINUTES;
            for (int slot = from; slot < to; slot++) {
                slots.add(day * (24 * 60 / SLOT_MINUTES) + slot);
            }
        }
        return slots;
    }

    /** The slot of the week a moment falls in. */
    public static int slotOf(Instant moment) {
        var local = moment.atZone(TimeConfiguration.ZONE); // "open now" is judged in Dutch time
        return (local.getDayOfWeek().getValue() - 1) * (24 * 60 / SLOT_MINUTES)
                + (local.getHour() * 60 + local.getMinute()) / SLOT_MINUTES;
    }

    /** The first part of the description, for hits. */
    @KeywordField(name = "summary", projectable = Projectable.YES, searchable = org.hibernate.search.engine.backend.types.Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "description")))
    public String getSummary() {
        if (description == null) {
            return null;
        }
        return description.length() <= 160 ? description : description.substring(0, 157).strip() + "…";
    }

    @KeywordField(name = "category", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "category")))
    public String getCategoryCode() {
        return category.code();
    }

    /** The category and its parent, so that filtering on a top-level category finds its sub-categories. */
    @KeywordField(name = "categoryPath")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "category")))
    public Set<String> getCategoryPath() {
        return category.parentCode() == null ? Set.of(category.code()) : Set.of(category.code(), category.parentCode());
    }

    @GenericField(name = "selfReferral", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "access")))
    public boolean isSelfReferral() {
        return access == Referral.SELF_REFERRAL;
    }

    @GenericField(name = "noWaitingTime", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "waitingDays")))
    public boolean isNoWaitingTime() {
        return waitingDays != null && waitingDays == 0;
    }

    public ServiceId id() {
        return new ServiceId(id);
    }

    public String externalId() {
        return externalId;
    }

    public RegisteredOrganisation organisation() {
        return organisation;
    }

    public EntryKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public Term category() {
        return category;
    }

    public Set<LocationEntity> locations() {
        return locations;
    }

    public LocalDate lastVerifiedOn() {
        return lastVerifiedOn;
    }

    public AccountId lastVerifiedBy() {
        return lastVerifiedBy == null ? null : new AccountId(lastVerifiedBy);
    }

    public Long version() {
        return version;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Set<NeighbourhoodCode> neighbourhoods() {
        return neighbourhoods.stream().map(NeighbourhoodCode::new).collect(java.util.stream.Collectors.toSet());
    }

    public ServiceDetails details() {
        return new ServiceDetails(kind, name, description, category.code(), Set.copyOf(targetGroups), eligibility,
                access, referralBy, costs, Set.copyOf(languages), phone, email, website, contactName, organiser,
                waitingDays, neighbourhoods(), hours.stream().map(Hours::toView).toList(),
                locations.stream().map(LocationEntity::id).collect(java.util.stream.Collectors.toSet()), publicEntry,
                active);
    }

    /** One weekly opening period. */
    @Embeddable
    public static class Hours {

        @Enumerated(EnumType.STRING)
        @Column(name = "day_of_week", nullable = false)
        private DayOfWeek day;

        @Column(name = "opens_at", nullable = false)
        private LocalTime opensAt;

        @Column(name = "closes_at", nullable = false)
        private LocalTime closesAt;

        protected Hours() {
        }

        static Hours of(WeeklyHours view) {
            Hours hours = new Hours();
            hours.day = view.day();
            hours.opensAt = view.opensAt();
            hours.closesAt = view.closesAt();
            return hours;
        }

        WeeklyHours toView() {
            return new WeeklyHours(day, opensAt, closesAt);
        }
    }

    static Set<UUID> ids(Set<LocationId> ids) {
        Set<UUID> result = new HashSet<>();
        ids.forEach(id -> result.add(id.value()));
        return result;
    }
}
