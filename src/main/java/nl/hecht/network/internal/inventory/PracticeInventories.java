package nl.hecht.network.internal.inventory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.access.NetworkAccess;
import nl.hecht.network.internal.access.NotVisibleException;
import nl.hecht.network.internal.discipline.Disciplines;
import nl.hecht.network.internal.inventory.InventoryMerge.Merged;
import nl.hecht.network.internal.inventory.InventoryMerge.PracticeRows;
import nl.hecht.network.internal.network.Member;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionRepository;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.TimeConfiguration;

/**
 * The GP practices' collaboration inventories of a region (seed 003, R177, R178). Who may record a practice's
 * inventory: RESV staff of the region (area managers included), the coordinator of a network of the region that has
 * the practice as member organisation or serves it, and a current member of a network of the region who takes part
 * for that practice (the practice manager or GP). RESV staff see all inventories of their region merged, with the
 * practices that are in no network.
 * <p>
 * The practices of a region are those that take part in or are served by one of its networks, and those the RESV
 * started an inventory for (a practice in no network at all is found that way: the register has no location).
 */
@Service
@Transactional(readOnly = true)
public class PracticeInventories {

    /** A practice's inventory page: the practice, what is recorded, and what the form offers. */
    public record InventoryPage(Region region, Organisation practice, Optional<PracticeInventory> inventory,
            List<Organisation> providers) {
    }

    /** A practice of the region in the merged view. */
    public record PracticeLine(Organisation practice, boolean inNoNetwork, Optional<PracticeInventory> inventory) {
    }

    public record Overview(Region region, List<PracticeLine> practices, Merged merged, List<Organisation> others) {

        public long inNoNetwork() {
            return practices.stream().filter(PracticeLine::inNoNetwork).count();
        }
    }

    /** A practice of a network, and whether the person may record its inventory. */
    public record PracticeLink(RegionId region, Organisation practice, boolean canEdit, boolean recorded) {
    }

    private final NetworkAccess access;
    private final RegionRepository regions;
    private final NetworkRepository networks;
    private final PracticeInventoryRepository inventories;
    private final Organisations organisations;
    private final Disciplines disciplines;
    private final Clock clock;

    PracticeInventories(NetworkAccess access, RegionRepository regions, NetworkRepository networks,
            PracticeInventoryRepository inventories, Organisations organisations, Disciplines disciplines,
            Clock clock) {
        this.access = access;
        this.regions = regions;
        this.networks = networks;
        this.inventories = inventories;
        this.organisations = organisations;
        this.disciplines = disciplines;
        this.clock = clock;
    }

    /** A practice's inventory for who may record it; 404 when the region or practice is not visible, 403 otherwise. */
    public InventoryPage page(CurrentUser user, RegionId regionId, OrganisationId practiceId) {
        Region region = regionToRecordIn(user, regionId);
        Organisation practice = practice(practiceId);
        if (!canRecord(user, region, practiceId.value())) {
            throw new AccessDeniedException("may not record this practice's inventory");
        }
        return new InventoryPage(region, practice,
                inventories.findByRegionIdAndPracticeId(regionId.value(), practiceId.value()),
                organisations.all().stream().filter(o -> !o.id().equals(practiceId)).toList());
    }

    @Transactional
    public void record(CurrentUser user, RegionId regionId, OrganisationId practiceId, List<InventoryRow> rows) {
        Region region = regionToRecordIn(user, regionId);
        practice(practiceId);
        if (!canRecord(user, region, practiceId.value())) {
            throw new AccessDeniedException("may not record this practice's inventory");
        }
        for (InventoryRow row : rows) {
            if (!disciplines.catalogue().exists(row.disciplineCode())) {
                throw new DomainException("inventory.error.discipline");
            }
            if (row.providerOrganisationId() != null
                    && organisations.find(new OrganisationId(row.providerOrganisationId())).isEmpty()) {
                throw new DomainException("inventory.error.provider-unknown");
            }
        }
        PracticeInventory inventory = inventories.findByRegionIdAndPracticeId(regionId.value(), practiceId.value())
                .orElseGet(() -> new PracticeInventory(regionId, practiceId));
        inventory.record(rows, user.id(), user.displayName(), clock.instant());
        inventories.save(inventory);
    }

    /** Records an inventory without a person's check, for the demo data. */
    @Transactional
    public void recordAsDemo(RegionId regionId, OrganisationId practiceId, List<InventoryRow> rows, AccountId by,
            String byName) {
        PracticeInventory inventory = inventories.findByRegionIdAndPracticeId(regionId.value(), practiceId.value())
                .orElseGet(() -> new PracticeInventory(regionId, practiceId));
        inventory.record(rows, by, byName, clock.instant());
        inventories.save(inventory);
    }

    public boolean hasInventories(RegionId regionId) {
        return !inventories.findByRegionId(regionId.value()).isEmpty();
    }

    /** The merged view of the region's inventories (RESV staff and area managers of the region; 404 for others). */
    public Overview overview(CurrentUser user, RegionId regionId) {
        Region region = access.regionToManage(user, regionId);
        LocalDate today = today();
        List<Network> inRegion = networks.findByRegionIdOrderByName(regionId.value());
        List<PracticeInventory> recorded = inventories.findByRegionId(regionId.value());
        Set<UUID> candidates = new LinkedHashSet<>();
        Set<UUID> inActiveCore = new HashSet<>();
        Set<UUID> served = new HashSet<>();
        for (Network network : inRegion) {
            Set<UUID> memberOrganisations = memberOrganisations(network, today);
            candidates.addAll(memberOrganisations);
            candidates.addAll(network.servedPractices());
            if (network.status() == NetworkStatus.ACTIVE) {
                served.addAll(network.servedPractices());
                if (network.kind() == NetworkKind.CORE) {
                    inActiveCore.addAll(memberOrganisations);
                }
            }
        }
        recorded.forEach(inventory -> candidates.add(inventory.practice().value()));
        Map<OrganisationId, Organisation> known = organisations.findAll(
                candidates.stream().map(OrganisationId::new).toList());
        List<Organisation> practices = known.values().stream()
                .filter(organisation -> organisation.type() == OrganisationType.GP_PRACTICE)
                .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Set<UUID> flagged = new HashSet<>(InventoryMerge.inNoNetwork(
                practices.stream().map(p -> p.id().value()).toList(), inActiveCore, served));
        List<PracticeLine> lines = practices.stream().map(practice -> new PracticeLine(practice,
                flagged.contains(practice.id().value()), recorded.stream()
                        .filter(inventory -> inventory.practice().equals(practice.id())).findFirst()))
                .toList();

        Set<UUID> providerIds = recorded.stream().flatMap(inventory -> inventory.rows().stream())
                .map(InventoryRow::providerOrganisationId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<OrganisationId, Organisation> providers = organisations.findAll(
                providerIds.stream().map(OrganisationId::new).toList());
        List<PracticeRows> rows = new ArrayList<>();
        for (PracticeInventory inventory : recorded) {
            String name = organisations.find(inventory.practice()).map(Organisation::name)
                    .orElse(inventory.practice().toString());
            rows.add(new PracticeRows(inventory.practice().value(), name, inventory.rows()));
        }
        Merged merged = InventoryMerge.merge(rows, id -> Optional.ofNullable(providers.get(new OrganisationId(id)))
                .map(Organisation::name).orElse(null));
        Set<OrganisationId> listed = practices.stream().map(Organisation::id).collect(Collectors.toSet());
        List<Organisation> others = organisations.ofType(OrganisationType.GP_PRACTICE).stream()
                .filter(practice -> !listed.contains(practice.id())).toList();
        return new Overview(region, lines, merged, others);
    }

    /** The GP practices of a network (member organisations and served practices), for its analysis page. */
    public List<PracticeLink> practicesOf(CurrentUser user, nl.hecht.network.NetworkId id) {
        Network network = access.networkToView(user, id);
        Region region = regions.findById(network.region().value()).orElseThrow(NotVisibleException::new);
        Set<UUID> ids = new LinkedHashSet<>(memberOrganisations(network, today()));
        ids.addAll(network.servedPractices());
        return organisations.findAll(ids.stream().map(OrganisationId::new).toList()).values().stream()
                .filter(organisation -> organisation.type() == OrganisationType.GP_PRACTICE)
                .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                .map(practice -> new PracticeLink(region.id(), practice, canRecord(user, region, practice.id().value()),
                        inventories.findByRegionIdAndPracticeId(region.id().value(), practice.id().value())
                                .isPresent()))
                .toList();
    }

    boolean canRecord(CurrentUser user, Region region, UUID practice) {
        if (access.canManage(user, region)) {
            return true;
        }
        LocalDate today = today();
        for (Network network : networks.findByRegionIdOrderByName(region.id().value())) {
            if (network.status() == NetworkStatus.ENDED) {
                continue;
            }
            boolean involves = network.servedPractices().contains(practice)
                    || memberOrganisations(network, today).contains(practice);
            if (involves && access.canCoordinate(user, network)) {
                return true;
            }
            boolean forThePractice = network.currentMembers(today).stream()
                    .anyMatch(member -> member.isAccount(user.id()) && practice.equals(member.organisationId()));
            if (forThePractice) {
                return true;
            }
        }
        return false;
    }

    private Region regionToRecordIn(CurrentUser user, RegionId id) {
        Region region = regions.findById(id.value()).orElseThrow(NotVisibleException::new);
        if (!access.canManage(user, region) && !access.visibleRegions(user).contains(id)) {
            throw new NotVisibleException();
        }
        return region;
    }

    private Organisation practice(OrganisationId id) {
        return organisations.find(id).filter(organisation -> organisation.type() == OrganisationType.GP_PRACTICE)
                .orElseThrow(NotVisibleException::new);
    }

    private static Set<UUID> memberOrganisations(Network network, LocalDate today) {
        return network.currentMembers(today).stream().map(Member::organisationId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
    }
}
