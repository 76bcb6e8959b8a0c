package nl.hecht.network.internal.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.AccountIdConverter;
import nl.hecht.network.AreaBasis;
import nl.hecht.network.CoordinatorLabel;
import nl.hecht.network.MemberId;
import nl.hecht.network.MemberJoined;
import nl.hecht.network.MemberLeft;
import nl.hecht.network.MemberRole;
import nl.hecht.network.NetworkFormed;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkLabel;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkStatusChanged;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.NetworkTheme;
import nl.hecht.network.RegionId;
import nl.hecht.network.ServiceAreaChanged;
import nl.hecht.network.internal.discipline.DisciplineCatalogue;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * A neighbourhood network: a core network (hecht wijkverband) or a thematic one. The aggregate root of its service
 * area, charter, composition settings and members; every change goes through its methods, which keep the rules.
 */
@Entity
@Table(name = "network_network")
public class Network extends AbstractAggregateRoot<Network> {

    @Id
    private UUID id;

    @Column(name = "region_id", nullable = false, updatable = false)
    private RegionId regionId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NetworkLabel label;

    @Enumerated(EnumType.STRING)
    @Column(name = "coordinator_label", nullable = false, length = 20)
    private CoordinatorLabel coordinatorLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NetworkKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private NetworkTheme theme;

    @Column(name = "theme_description", length = 200)
    private String themeDescription;

    @Column(name = "age_from")
    private Integer ageFrom;

    @Column(name = "age_to")
    private Integer ageTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NetworkStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Column(name = "active_since")
    private LocalDate activeSince;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "driver_account_id")
    @Convert(converter = AccountIdConverter.class)
    private AccountId driverAccountId;

    @Embedded
    private ServiceArea area;

    @Embedded
    private CompositionSettings composition;

    @Embedded
    private Charter charter;

    @ElementCollection
    @CollectionTable(name = "network_document_link", joinColumns = @JoinColumn(name = "network_id"))
    @OrderColumn(name = "position")
    private List<DocumentLink> documentLinks = new ArrayList<>();

    @OneToMany(mappedBy = "network", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Member> members = new ArrayList<>();

    // --- issue 11 (h3): the contact point (R054, R092) and the core networks a thematic one works with (R157) ---

    @Embedded
    private ContactPoint contactPoint;

    @ElementCollection
    @CollectionTable(name = "network_relation", joinColumns = @JoinColumn(name = "network_id"))
    @OrderColumn(name = "position")
    private List<NetworkRelation> relations = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private Long version;

    protected Network() {
    }

    /** A new network, in formation with the RESV (or the given area manager) as driver (R020). */
    public Network(RegionId region, NetworkProfile profile, AreaBasis areaBasis, AccountId driver, LocalDate today,
            Instant now) {
        this.id = UUID.randomUUID();
        this.regionId = region;
        this.status = NetworkStatus.IN_FORMATION;
        this.statusSince = today;
        this.area = new ServiceArea(areaBasis);
        this.composition = new CompositionSettings();
        this.driverAccountId = driver;
        this.charter = Charter.EMPTY;
        this.createdAt = now;
        describe(profile);
        registerEvent(new NetworkFormed(id(), region, kind));
    }

    public void describe(NetworkProfile profile) {
        if (this.kind != null && this.kind != profile.kind()) {
            throw new DomainException("network.error.kind-fixed");
        }
        if (this.name != null && !this.name.equals(profile.name())) {
            registerEvent(new NetworkRenamed(id(), profile.name()));
        }
        this.name = profile.name();
        this.label = profile.label();
        this.coordinatorLabel = profile.coordinatorLabel();
        this.kind = profile.kind();
        this.theme = profile.theme();
        this.themeDescription = profile.themeDescription();
        this.ageFrom = profile.ageFrom();
        this.ageTo = profile.ageTo();
    }

    /** Moves to another status as of a date, when the transition is allowed (R020). */
    public void changeStatus(NetworkStatus target, LocalDate since) {
        if (target == status) {
            return;
        }
        if (!status.canBecome(target)) {
            throw new DomainException("network.error.status-transition");
        }
        if (since == null || since.isBefore(statusSince)) {
            throw new DomainException("network.error.status-date");
        }
        NetworkStatus from = status;
        this.status = target;
        this.statusSince = since;
        if (target == NetworkStatus.ACTIVE && activeSince == null) {
            this.activeSince = since;
        }
        if (target == NetworkStatus.ENDED) {
            this.endedOn = since;
        }
        registerEvent(new NetworkStatusChanged(id(), from, target, since));
    }

    public void driveBy(AccountId driver) {
        this.driverAccountId = driver;
    }

    // --- service area ------------------------------------------------------------------------------------------

    /**
     * Serves exactly these neighbourhoods. Each must exist and lie in the network's region: {@code inRegion} holds
     * the neighbourhoods of the region's municipalities. One outside it refuses the whole change.
     */
    public void serveNeighbourhoods(Collection<NeighbourhoodCode> codes, Set<NeighbourhoodCode> inRegion) {
        requireNotEnded();
        area().serveNeighbourhoods(codes, inRegion);
        serviceAreaChanged();
    }

    /**
     * Adds the neighbourhood to the service area, or removes it when it is in; returns whether it is now in. Only a
     * neighbourhood of the region ({@code inRegion}) can be added; any can be removed.
     */
    public boolean toggleNeighbourhood(NeighbourhoodCode code, Set<NeighbourhoodCode> inRegion) {
        requireNotEnded();
        boolean nowIn = area().toggleNeighbourhood(code, inRegion);
        serviceAreaChanged();
        return nowIn;
    }

    /** For practice-based networks (elderly teams, R136): the GP practices whose patients it serves. */
    public void servePractices(Collection<UUID> practiceOrganisationIds) {
        requireNotEnded();
        area().servePractices(practiceOrganisationIds);
        serviceAreaChanged();
    }

    private void serviceAreaChanged() {
        registerEvent(new ServiceAreaChanged(id(), area().neighbourhoodCount(), area().practiceCount()));
    }

    // --- size, charter, composition settings -----------------------------------------------------------------

    /** Records why the network deviates from the region's size advice (R015); blank clears it. */
    public void justifySize(String justification) {
        composition().justifySize(justification);
    }

    public void changeCharter(Charter newCharter, List<DocumentLink> links) {
        this.charter = newCharter == null ? Charter.EMPTY : newCharter;
        documentLinks.clear();
        if (links != null) {
            documentLinks.addAll(links);
        }
    }

    /** Seed 003: the social domain may be linked to the network rather than seated in it. */
    public void linkSocialDomain(boolean linked, String howLinked) {
        composition().linkSocialDomain(linked, howLinked);
    }

    /** Which social-domain functions count for the social-domain seat here (R010, R011); empty means all. */
    public void countSocialFunctions(Collection<String> disciplineCodes, DisciplineCatalogue catalogue) {
        composition().countSocialFunctions(disciplineCodes, catalogue);
    }

    /**
     * Names the social-domain functions of this network's own, beside the list (seed 000); members given one count
     * for the social-domain seat.
     */
    public void nameOwnSocialFunctions(Collection<String> names) {
        composition().nameOwnSocialFunctions(names);
    }

    /** Records why an expected seat or discipline does not take part (R168); a blank reason removes it. */
    public void recordNonParticipation(String expectationKey, String reason) {
        composition().recordNonParticipation(expectationKey, reason);
    }

    // --- issue 11 charter: the partners' commitment, the organisational model's points, the predecessor ---------
    // (R031, R075, R077–R081; the charter itself is the embedded Charter above)

    /** The most partners a charter lists. */
    public static final int MAX_COMMITMENTS = 30;

    @ElementCollection
    @CollectionTable(name = "network_charter_commitment", joinColumns = @JoinColumn(name = "network_id"))
    @OrderColumn(name = "position")
    private List<PartnerCommitment> commitments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "network_model_decision", joinColumns = @JoinColumn(name = "network_id"))
    @OrderColumn(name = "position")
    private List<ModelDecision> modelDecisions = new ArrayList<>();

    @Embedded
    private Predecessor predecessor;

    /** What each partner commits (R031), in the given order; a partner is named once. */
    public void recordCommitments(List<PartnerCommitment> newCommitments) {
        List<PartnerCommitment> given = newCommitments == null ? List.of() : newCommitments;
        if (given.size() > MAX_COMMITMENTS) {
            throw new DomainException("charter.error.commitments-too-many", MAX_COMMITMENTS);
        }
        Set<String> partners = new java.util.HashSet<>();
        for (PartnerCommitment commitment : given) {
            if (!partners.add(commitment.partner().toLowerCase(java.util.Locale.ROOT))) {
                throw new DomainException("charter.error.commitment-duplicate", commitment.partner());
            }
        }
        commitments.clear();
        commitments.addAll(given);
    }

    /**
     * What the network decided per point of the organisational model (R077–R080): at most one decision per point;
     * an open point without a note is not kept. Kept in the order of the checkpoints.
     */
    public void decideOnModel(Collection<ModelDecision> decisions) {
        Map<nl.hecht.network.OrganisationalModel.Checkpoint, ModelDecision> byPoint =
                new java.util.EnumMap<>(nl.hecht.network.OrganisationalModel.Checkpoint.class);
        for (ModelDecision decision : decisions == null ? List.<ModelDecision>of() : decisions) {
            if (byPoint.put(decision.checkpoint(), decision) != null) {
                throw new DomainException("charter.error.checkpoint");
            }
        }
        modelDecisions.clear();
        byPoint.values().stream().filter(ModelDecision::isRecorded).forEach(modelDecisions::add);
    }

    /**
     * The collaboration the network grew out of (R075): a description and optionally the network it continues, which
     * must be an ended network of the same region (not this one). An empty description and no network clears it.
     */
    public void growOutOf(String description, Network earlier) {
        Predecessor next = new Predecessor(description, earlier == null ? null : earlier.id);
        if (earlier != null && (earlier == this || earlier.id.equals(id) || !earlier.regionId.equals(regionId)
                || earlier.status != NetworkStatus.ENDED)) {
            throw new DomainException("charter.error.predecessor");
        }
        this.predecessor = next.isEmpty() ? null : next;
    }

    public List<PartnerCommitment> commitments() {
        return List.copyOf(commitments);
    }

    public List<ModelDecision> modelDecisions() {
        return List.copyOf(modelDecisions);
    }

    /** The decision on a point of the organisational model: open when none was recorded. */
    public ModelDecision decisionOn(nl.hecht.network.OrganisationalModel.Checkpoint checkpoint) {
        return modelDecisions.stream().filter(decision -> decision.checkpoint() == checkpoint).findFirst()
                .orElseGet(() -> new ModelDecision(checkpoint, null, null));
    }

    public Predecessor predecessor() {
        return predecessor == null ? Predecessor.NONE : predecessor;
    }

    /** The parts of the charter still to fill in (shown as a to-do, never required). */
    public List<Charter.Part> charterMissingParts() {
        return charter().missingParts(!commitments.isEmpty());
    }

    // --- members ----------------------------------------------------------------------------------------------

    /**
     * Adds a member from a date. The discipline must be on the managed list; an account is linked to at most one
     * current member of the network (it is what makes someone a member or coordinator in the access checks). A second mandated delegate for a profession is allowed but flagged (R172).
     */
    public Member addMember(MemberDetails details, LocalDate from, DisciplineCatalogue catalogue, LocalDate today) {
        requireNotEnded();
        requireDiscipline(details, catalogue);
        requireNoDuplicate(details, null, today);
        Member member = new Member(this, details, from);
        members.add(member);
        registerEvent(new MemberJoined(id(), member.id(), details.disciplineCode(), from));
        return member;
    }

    public Member changeMember(MemberId memberId, MemberDetails details, DisciplineCatalogue catalogue,
            LocalDate today) {
        requireNotEnded();
        Member member = member(memberId);
        requireDiscipline(details, catalogue);
        requireNoDuplicate(details, member, today);
        member.apply(details);
        return member;
    }

    /** Ends a membership as of a date (the member is no longer current from that day); history is kept. */
    public void endMembership(MemberId memberId, LocalDate until) {
        Member member = member(memberId);
        member.end(until);
        registerEvent(new MemberLeft(id(), memberId, until));
    }

    /** Undoes the end of a membership (the "undo" right after ending it); refused when it would be a duplicate. */
    public void resumeMembership(MemberId memberId, LocalDate today) {
        requireNotEnded();
        Member member = member(memberId);
        requireNoDuplicate(member.details(), member, today);
        member.resume();
        registerEvent(new MemberJoined(id(), memberId, member.details().disciplineCode(), member.validFrom()));
    }

    public Member member(MemberId memberId) {
        return findMember(memberId).orElseThrow(() -> new DomainException("member.error.unknown"));
    }

    /** The member, current or former, if the network has one with this id. */
    public Optional<Member> findMember(MemberId memberId) {
        return members.stream().filter(member -> member.id().equals(memberId)).findFirst();
    }

    public List<Member> currentMembers(LocalDate today) {
        return members.stream().filter(member -> member.isCurrent(today))
                .sorted(Comparator.comparing(Member::personName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public List<Member> formerMembers(LocalDate today) {
        return members.stream().filter(member -> !member.isCurrent(today))
                .sorted(Comparator.comparing(Member::validFrom).reversed()).toList();
    }

    public boolean hasCoordinator(LocalDate today) {
        return members.stream().anyMatch(member -> member.isCurrent(today) && member.has(MemberRole.COORDINATOR));
    }

    public boolean isCoordinator(AccountId account, LocalDate today) {
        return members.stream().anyMatch(member -> member.isCurrent(today) && member.isAccount(account)
                && member.has(MemberRole.COORDINATOR));
    }

    public boolean isMember(AccountId account, LocalDate today) {
        return members.stream().anyMatch(member -> member.isCurrent(today) && member.isAccount(account));
    }

    /** Disciplines with more than one current mandated delegate (R172: one per profession). */
    public Set<String> disciplinesWithSeveralDelegates(LocalDate today) {
        return members.stream().filter(member -> member.isCurrent(today) && member.has(MemberRole.DELEGATE))
                .collect(Collectors.groupingBy(Member::disciplineCode, Collectors.counting()))
                .entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void requireDiscipline(MemberDetails details, DisciplineCatalogue catalogue) {
        if (!catalogue.exists(details.disciplineCode())) {
            throw new DomainException("member.error.discipline");
        }
        requireOwnSocialFunction(details);
    }

    /** A member's social-domain function of the network's own must be one the network named. */
    private void requireOwnSocialFunction(MemberDetails details) {
        if (details.socialFunction() != null && !composition().ownSocialFunctions().contains(details.socialFunction())) {
            throw new DomainException("member.error.social-function");
        }
    }

    private void requireNoDuplicate(MemberDetails details, Member self, LocalDate today) {
        if (details.accountId() == null) {
            return;
        }
        AccountId account = new AccountId(details.accountId());
        boolean duplicate = members.stream()
                .anyMatch(other -> other != self && other.isCurrent(today) && other.isAccount(account));
        if (duplicate) {
            throw new DomainException("member.error.account-linked");
        }
    }

    private void requireNotEnded() {
        if (status == NetworkStatus.ENDED) {
            throw new DomainException("network.error.ended");
        }
    }

    // --- reading ----------------------------------------------------------------------------------------------

    public NetworkId id() {
        return new NetworkId(id);
    }

    public RegionId region() {
        return regionId;
    }

    public String name() {
        return name;
    }

    public NetworkLabel label() {
        return label;
    }

    public CoordinatorLabel coordinatorLabel() {
        return coordinatorLabel;
    }

    public NetworkKind kind() {
        return kind;
    }

    public NetworkTheme theme() {
        return theme;
    }

    public String themeDescription() {
        return themeDescription;
    }

    public Integer ageFrom() {
        return ageFrom;
    }

    public Integer ageTo() {
        return ageTo;
    }

    public NetworkStatus status() {
        return status;
    }

    public LocalDate statusSince() {
        return statusSince;
    }

    public Optional<LocalDate> activeSince() {
        return Optional.ofNullable(activeSince);
    }

    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    public Optional<AccountId> driver() {
        return Optional.ofNullable(driverAccountId);
    }

    public AreaBasis areaBasis() {
        return area().basis();
    }

    public Optional<String> sizeJustification() {
        return composition().sizeJustification();
    }

    public boolean socialDomainLinked() {
        return composition().socialDomainLinked();
    }

    public String socialDomainLink() {
        return composition().socialDomainLink();
    }

    public Charter charter() {
        return charter == null ? Charter.EMPTY : charter;
    }

    public List<DocumentLink> documentLinks() {
        return List.copyOf(documentLinks);
    }

    public Set<NeighbourhoodCode> serviceArea() {
        return area().neighbourhoods();
    }

    public Set<UUID> servedPractices() {
        return area().practices();
    }

    public Set<String> countedSocialFunctions() {
        return composition().countedSocialFunctions();
    }

    public Map<String, String> nonParticipation() {
        return composition().nonParticipation();
    }

    /** The social-domain functions the network named of its own (seed 000), beside the list. */
    public Set<String> ownSocialFunctions() {
        return composition().ownSocialFunctions();
    }

    private ServiceArea area() {
        return area;
    }

    private CompositionSettings composition() {
        return composition;
    }

    // --- issue 11 (h3): practices chosen on screen, contact point, relations between networks -------------------

    /**
     * A practice-based network (R136) serves exactly these GP practices, chosen on its page: each must be a GP
     * practice of the register ({@code gpPractices}); a network whose population is a set of neighbourhoods cannot
     * choose practices (its basis is set when it is created).
     */
    public void choosePractices(Collection<UUID> practiceOrganisationIds, Set<UUID> gpPractices) {
        requireNotEnded();
        if (areaBasis() != AreaBasis.PRACTICES) {
            throw new DomainException("network.error.not-practice-based");
        }
        if (!gpPractices.containsAll(practiceOrganisationIds)) {
            throw new DomainException("network.error.practice-unknown");
        }
        servePractices(practiceOrganisationIds);
    }

    /** The network's contact point, its first point of contact (R054, R092); null removes it. */
    public void appointContactPoint(ContactPoint contact) {
        requireNotEnded();
        this.contactPoint = contact;
    }

    public Optional<ContactPoint> contactPoint() {
        return Optional.ofNullable(contactPoint);
    }

    /**
     * A thematic network records the core networks it works with (R157): each must be a core network of the same
     * region ({@code coreNetworksOfRegion}); a second relation with the same network is ignored. A core network
     * records none itself: its page shows the thematic networks that work with it.
     */
    public void workWith(Collection<NetworkRelation> with, Set<NetworkId> coreNetworksOfRegion) {
        requireNotEnded();
        if (kind != NetworkKind.THEMATIC) {
            throw new DomainException("network.error.relations-thematic");
        }
        List<NetworkRelation> chosen = new ArrayList<>();
        Set<NetworkId> seen = new java.util.HashSet<>();
        for (NetworkRelation relation : with) {
            if (relation.related().equals(id()) || !coreNetworksOfRegion.contains(relation.related())) {
                throw new DomainException("network.error.relation-not-core");
            }
            if (seen.add(relation.related())) {
                chosen.add(relation);
            }
        }
        relations.clear();
        relations.addAll(chosen);
    }

    public List<NetworkRelation> relations() {
        return List.copyOf(relations);
    }

    public boolean worksWith(NetworkId other) {
        return relations.stream().anyMatch(relation -> relation.related().equals(other));
    }

    public NetworkProfile profile() {
        return new NetworkProfile(name, label, coordinatorLabel, kind, theme, themeDescription, ageFrom, ageTo);
    }

    public NetworkSummary toSummary() {
        return new NetworkSummary(id(), region(), name, kind, theme, status);
    }
}
