package nl.hecht.network.internal.view;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.Organisations;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.RegionSummary;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.access.NetworkAccess;
import nl.hecht.network.internal.access.NetworkAccess.Rights;
import nl.hecht.network.internal.network.MemberDetails;
import nl.hecht.network.MemberId;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;
import static nl.hecht.network.internal.access.NetworkPolicyNames.COORDINATE_AREA;
import static nl.hecht.network.internal.access.NetworkPolicyNames.COORDINATE_MEMBERS;
import static nl.hecht.network.internal.access.NetworkPolicyNames.CREATE_NETWORK;
import static nl.hecht.network.internal.access.NetworkPolicyNames.COORDINATE_NETWORK;
import static nl.hecht.network.internal.access.NetworkPolicyNames.MANAGE_NETWORK;
import static nl.hecht.network.internal.access.NetworkPolicyNames.SEE_NETWORKS;
import static nl.hecht.network.internal.access.NetworkPolicyNames.VIEW_NETWORK;
import nl.hecht.network.internal.coverage.CoverageService;
import nl.hecht.network.internal.coverage.RegionFacts;
import nl.hecht.network.internal.discipline.Discipline;
import nl.hecht.network.internal.discipline.Disciplines;
import nl.hecht.network.internal.network.Member;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionRepository;
import nl.hecht.shared.Today;

/**
 * Assembles what the network pages show; each use case names the policy that decides who may see it (R043). Reads
 * only. What a page needs to know to offer a change (may this person edit?) is part of the view, decided by the same
 * rules as the policies.
 */
@ApplicationService
@Transactional(readOnly = true)
public class NetworkViews {

    private final NetworkAccess access;
    private final NetworkRepository networks;
    private final RegionRepository regions;
    private final CoverageService coverage;
    private final Disciplines disciplines;
    private final Organisations organisations;
    private final Accounts accounts;
    private final MemberAccounts memberAccounts;
    private final Clock clock;
    private final ConnectionsAssembler connections;

    NetworkViews(NetworkAccess access, NetworkRepository networks, RegionRepository regions, CoverageService coverage,
            Disciplines disciplines, Organisations organisations, Accounts accounts, MemberAccounts memberAccounts,
            Clock clock, ConnectionsAssembler connections) {
        this.connections = connections;
        this.memberAccounts = memberAccounts;
        this.access = access;
        this.networks = networks;
        this.regions = regions;
        this.coverage = coverage;
        this.disciplines = disciplines;
        this.organisations = organisations;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A region and its networks, as the person may see them. */
    public record RegionNetworks(RegionSummary region, boolean canManage, List<NetworkSummary> networks) {
    }

    @UseCase(policy = SEE_NETWORKS)
    public List<RegionNetworks> visibleNetworks(CurrentUser user) {
        List<RegionNetworks> result = new ArrayList<>();
        for (RegionId id : access.visibleRegions(user)) {
            regions.findById(id.value()).ifPresent(region -> result.add(new RegionNetworks(region.toSummary(),
                    access.manages(user, region), networks.findByRegionIdOrderByName(id).stream()
                            .map(Network::toSummary).toList())));
        }
        result.sort(Comparator.comparing(regionNetworks -> regionNetworks.region().name()));
        return result;
    }

    @UseCase(policy = VIEW_NETWORK)
    public NetworkOverview overview(CurrentUser user, NetworkId id, Locale locale) {
        Network network = load(id);
        Region region = regions.findById(network.region().value()).orElseThrow(NotFoundException::new);
        LocalDate today = today();
        List<nl.hecht.area.Neighbourhood> neighbourhoods = new ArrayList<>(
                coverage.neighbourhoods(network.serviceArea()).values());
        List<Organisation> practices = organisations.findAll(network.servedPractices().stream()
                .map(OrganisationId::new).toList()).values().stream()
                .sorted(Comparator.comparing(Organisation::name)).toList();
        long practicePopulation = practices.stream().mapToLong(p -> p.listSize() == null ? 0 : p.listSize()).sum();
        CoverageService.NearbyNetworks nearby = coverage.nearbyNetworks(id, network.serviceArea(), network.region());
        List<NetworkSummary> neighbouring = summaries(nearby.bordering());
        List<NetworkSummary> overlapping = summaries(nearby.overlapping());
        String driver = network.driver().flatMap(accounts::find).map(AccountSummary::displayName).orElse(null);
        Rights rights = access.rightsOn(user, network);
        NetworkConnectionsView connected = connections.of(user, network, practices, rights);
        return new NetworkOverview(NetworkCard.of(network), region.name(), rights.manage(), rights.coordinate(),
                neighbourhoods, coverage.totals(network.serviceArea()), practices, practicePopulation, neighbouring,
                coverage.composition(network, region),
                connections.tasksFor(connected, views(network.currentMembers(today), locale)),
                connections.tasksFor(connected, views(network.formerMembers(today), locale)),
                network.disciplinesWithSeveralDelegates(today), driver, network.documentLinks(), connected,
                overlapping);
    }

    /** The networks with these ids, by name (for the bordering and overlapping networks on a network page). */
    private List<NetworkSummary> summaries(Set<NetworkId> ids) {
        return ids.isEmpty() ? List.of() : networks.findAllById(ids.stream().map(NetworkId::value).toList()).stream()
                .map(Network::toSummary).sorted(Comparator.comparing(NetworkSummary::name)).toList();
    }

    /**
     * The current members grouped by discipline (in the list's order), filtered by a search text, with the network's
     * name: what "wie bel ik" shows, without the region's coverage facts the network page needs.
     */
    @UseCase(policy = VIEW_NETWORK)
    public WhoToCall whoToCall(CurrentUser user, NetworkId id, String query, Locale locale) {
        Network network = load(id);
        boolean showsTasks = connections.showsTasks(user, network, access.rightsOn(user, network));
        String needle = query == null ? "" : query.strip().toLowerCase(locale);
        List<MemberView> members = views(network.currentMembers(today()), locale).stream()
                .map(view -> showsTasks ? view : view.withoutTasks())
                .filter(view -> needle.isEmpty() || matches(view, needle, locale)).toList();
        Map<String, List<MemberView>> grouped = new LinkedHashMap<>();
        for (Discipline discipline : disciplines.catalogue().all()) {
            List<MemberView> ofDiscipline = members.stream()
                    .filter(view -> view.member().disciplineCode().equals(discipline.code())).toList();
            if (!ofDiscipline.isEmpty()) {
                grouped.put(discipline.name(locale), ofDiscipline);
            }
        }
        return new WhoToCall(network.id(), network.name(), grouped, network.contactPoint(), showsTasks);
    }

    /** A network's settings for the forms of RESV staff of its region (profile, status): 404 or 403 otherwise. */
    @UseCase(policy = MANAGE_NETWORK)
    public NetworkSettings settingsToManage(CurrentUser user, NetworkId id) {
        return settings(load(id));
    }

    /** A network's settings for the forms of its coordinator or the RESV (charter, social domain): 404 or 403. */
    @UseCase(policy = COORDINATE_NETWORK)
    public NetworkSettings settingsToCoordinate(CurrentUser user, NetworkId id) {
        return settings(load(id));
    }

    /** The name of a region whose networks the person manages, for the form that creates one: 404 otherwise. */
    @UseCase(policy = CREATE_NETWORK)
    public String regionNameToManage(CurrentUser user, RegionId id) {
        return regions.findById(id.value()).map(Region::name).orElseThrow(NotFoundException::new);
    }

    private NetworkSettings settings(Network network) {
        String regionName = regions.findById(network.region().value()).map(Region::name).orElse(null);
        var socialDomain = disciplines.catalogue().codesFor(nl.hecht.network.CoreSeat.SOCIAL_DOMAIN);
        List<Discipline> socialFunctions = disciplines.catalogue().all().stream()
                .filter(discipline -> socialDomain.contains(discipline.code())).toList();
        return new NetworkSettings(network.id(), network.name(), regionName, network.profile(), network.status(),
                network.statusSince(), network.status().next(), network.charter(), network.documentLinks(),
                network.socialDomainLinked(), network.socialDomainLink(), network.countedSocialFunctions(),
                socialFunctions, network.ownSocialFunctions().stream().sorted().toList());
    }

    /** The region's neighbourhoods to choose a service area from, with the other networks each is in. */
    public record AreaEditor(NetworkId id, String name, List<nl.hecht.area.Neighbourhood> neighbourhoods,
            Set<nl.hecht.shared.NeighbourhoodCode> selected, Map<nl.hecht.shared.NeighbourhoodCode, List<String>> others) {
    }

    @UseCase(policy = COORDINATE_AREA)
    public AreaEditor areaEditor(CurrentUser user, NetworkId id) {
        Network network = load(id);
        Region region = regions.findById(network.region().value()).orElseThrow(NotFoundException::new);
        RegionFacts facts = coverage.facts(region);
        Map<nl.hecht.shared.NeighbourhoodCode, List<String>> others = new LinkedHashMap<>();
        facts.networksByNeighbourhood().forEach((code, ids) -> others.put(code, ids.stream()
                .filter(other -> !other.equals(id)).map(facts.networks()::get).filter(java.util.Objects::nonNull)
                .map(fact -> fact.ref().name()).sorted().toList()));
        return new AreaEditor(network.id(), network.name(), facts.neighbourhoods(), network.serviceArea(), others);
    }

    /**
     * What the member form offers: the network's name, the accounts a member may be linked to, the disciplines and
     * organisations; to change a member, that member's details and start (empty when the network has no such member).
     */
    public record MemberFormPage(NetworkId id, String name, nl.hecht.network.CoordinatorLabel coordinatorLabel,
            List<MemberAccounts.Choice> accounts,
            List<Discipline> disciplines, List<Organisation> organisations, Optional<MemberDetails> member,
            Optional<LocalDate> memberFrom, List<String> ownSocialFunctions) {
    }

    /** The member form, to add a member ({@code member} null) or to change one. */
    @UseCase(policy = COORDINATE_MEMBERS)
    public MemberFormPage memberForm(CurrentUser user, NetworkId id, MemberId member) {
        Network network = load(id);
        Optional<Member> existing = member == null ? Optional.empty()
                : network.findMember(member);
        java.util.UUID linkedNow = existing.map(Member::account).map(account -> account.value()).orElse(null);
        return new MemberFormPage(network.id(), network.name(), network.coordinatorLabel(),
                memberAccounts.choices(network, linkedNow),
                disciplines.catalogue().all(), organisations.all(), existing.map(Member::details),
                existing.map(Member::validFrom), network.ownSocialFunctions().stream().sorted().toList());
    }

    /** The names a question about a member shows (ending the membership): 404 when the network has no such member. */
    public record MemberName(NetworkId network, String networkName, MemberId member, String personName) {
    }

    @UseCase(policy = COORDINATE_MEMBERS)
    public MemberName memberName(CurrentUser user, NetworkId id, MemberId member) {
        Network network = load(id);
        Member found = network.findMember(member)
                .orElseThrow(NotFoundException::new);
        return new MemberName(network.id(), network.name(), member, found.personName());
    }

    /** What choosing an account fills in on the member form of the network. */
    @UseCase(policy = COORDINATE_MEMBERS)
    public MemberAccounts.Prefill memberPrefill(CurrentUser user, NetworkId id, java.util.UUID account) {
        return memberAccounts.prefill(account, disciplines.catalogue().all(), organisations.all());
    }

    /** The discipline catalogue, for the forms of the networks part. */
    @UseCase(policy = SEE_NETWORKS)
    public List<Discipline> disciplineList() {
        return disciplines.catalogue().all();
    }

    private Network load(NetworkId id) {
        return networks.findById(id.value()).orElseThrow(NotFoundException::new);
    }

    private static boolean matches(MemberView view, String needle, Locale locale) {
        MemberCard member = view.member();
        return contains(member.personName(), needle, locale) || contains(view.disciplineName(), needle, locale)
                || contains(view.organisationName(), needle, locale)
                || contains(member.reachability().reachableFor(), needle, locale)
                || contains(member.taskPackage(), needle, locale) || contains(member.mandate(), needle, locale);
    }

    private static boolean contains(String text, String needle, Locale locale) {
        return text != null && text.toLowerCase(locale).contains(needle);
    }

    private List<MemberView> views(Collection<Member> members, Locale locale) {
        Set<OrganisationId> ids = new HashSet<>();
        for (Member member : members) {
            UUID organisation = member.organisationId();
            if (organisation != null) {
                ids.add(new OrganisationId(organisation));
            }
        }
        Map<OrganisationId, Organisation> byId = ids.isEmpty() ? Map.of() : organisations.findAll(ids);
        List<MemberView> views = new ArrayList<>();
        for (Member member : members) {
            String discipline = disciplines.catalogue().find(member.disciplineCode()).map(d -> d.name(locale))
                    .orElse(member.disciplineCode());
            if (member.socialFunction() != null) {
                // the network's own social-domain function, beside the discipline (seed 000)
                discipline = discipline + " – " + member.socialFunction();
            }
            Organisation organisation = member.organisationId() == null ? null
                    : byId.get(new OrganisationId(member.organisationId()));
            views.add(new MemberView(MemberCard.of(member), discipline, organisation == null ? null : organisation.name()));
        }
        return views;
    }

    private LocalDate today() {
        return Today.in(clock);
    }
}
