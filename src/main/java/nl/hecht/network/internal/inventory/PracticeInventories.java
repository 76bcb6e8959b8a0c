package nl.hecht.network.internal.inventory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.RegionId;
import nl.hecht.network.RegionSummary;
import nl.hecht.network.internal.access.NetworkPolicyNames;
import nl.hecht.network.internal.discipline.Discipline;
import nl.hecht.network.internal.discipline.Disciplines;
import nl.hecht.network.internal.inventory.InventoryMerge.Merged;
import nl.hecht.network.internal.inventory.InventoryMerge.PracticeRows;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionRepository;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/**
 * The GP practices' collaboration inventories of a region (seed 003, R177, R178). Who may record a practice's
 * inventory is decided by the policies of {@link InventoryPolicies} (the rule in {@link InventoryAccess}); RESV staff
 * see all inventories of their region merged, with the practices that are in no network.
 * <p>
 * The practices of a region are those that take part in or are served by one of its networks, and those the RESV
 * started an inventory for (a practice in no network at all is found that way: the register has no location).
 */
@ApplicationService
@Transactional(readOnly = true)
public class PracticeInventories {

    /** What is recorded for a practice: who recorded it last, when, and the rows. */
    public record InventoryView(String recordedByName, Instant recordedAt, List<InventoryRow> rows) {

        public InventoryView {
            rows = List.copyOf(rows);
        }

        static InventoryView of(PracticeInventory inventory) {
            return new InventoryView(inventory.recordedByName(), inventory.recordedAt(), inventory.rows());
        }
    }

    /** A discipline the form offers, by code, with its name in Dutch and English. */
    public record DisciplineChoice(String code, String nameNl, String nameEn) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
        }

        static DisciplineChoice of(Discipline discipline) {
            return new DisciplineChoice(discipline.code(), discipline.name(Locale.forLanguageTag("nl")),
                    discipline.name(Locale.ENGLISH));
        }
    }

    /** A practice's inventory page: the practice, what is recorded, and what the form offers. */
    public record InventoryPage(RegionSummary region, Organisation practice, Optional<InventoryView> inventory,
            List<Organisation> providers, List<DisciplineChoice> disciplines) {
    }

    /** A practice of the region in the merged view. */
    public record PracticeLine(Organisation practice, boolean inNoNetwork, Optional<InventoryView> inventory) {
    }

    public record Overview(RegionSummary region, List<PracticeLine> practices, Merged merged,
            List<Organisation> others) {

        public long inNoNetwork() {
            return practices.stream().filter(PracticeLine::inNoNetwork).count();
        }
    }

    /** A practice of a network, and whether the person may record its inventory. */
    public record PracticeLink(RegionId region, Organisation practice, boolean canEdit, boolean recorded) {
    }

    /** A GP practice whose staff the person is, in a region it belongs to, and whether its inventory is recorded. */
    public record OwnPractice(RegionSummary region, Organisation practice, boolean recorded) {
    }

    private final InventoryAccess access;
    private final RegionRepository regions;
    private final NetworkRepository networks;
    private final PracticeInventoryRepository inventories;
    private final Organisations organisations;
    private final Disciplines disciplines;
    private final Clock clock;

    PracticeInventories(InventoryAccess access, RegionRepository regions, NetworkRepository networks,
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
    @UseCase(policy = InventoryPolicies.RECORD_PRACTICE_INVENTORY)
    public InventoryPage page(CurrentUser user, RegionId regionId, OrganisationId practiceId) {
        Region region = region(regionId);
        Organisation practice = practice(practiceId);
        return new InventoryPage(region.toSummary(), practice,
                inventories.findByRegionIdAndPracticeId(regionId, practiceId.value()).map(InventoryView::of),
                organisations.all().stream().filter(o -> !o.id().equals(practiceId)).toList(),
                disciplines.catalogue().all().stream().map(DisciplineChoice::of).toList());
    }

    /**
     * From the region's merged view: begin the inventory of a practice that is not listed yet (a practice in no
     * network); nothing is stored until it is recorded.
     */
    @UseCase(policy = InventoryPolicies.START_PRACTICE_INVENTORY)
    public void start(CurrentUser user, RegionId regionId, OrganisationId practiceId) {
        practice(practiceId);
    }

    @Transactional
    @UseCase(policy = InventoryPolicies.RECORD_PRACTICE_INVENTORY)
    public void record(CurrentUser user, RegionId regionId, OrganisationId practiceId, List<InventoryRow> rows) {
        for (InventoryRow row : rows) {
            if (!disciplines.catalogue().exists(row.disciplineCode())) {
                throw new DomainException("inventory.error.discipline");
            }
            if (row.providerOrganisationId() != null
                    && organisations.find(new OrganisationId(row.providerOrganisationId())).isEmpty()) {
                throw new DomainException("inventory.error.provider-unknown");
            }
        }
        PracticeInventory inventory = inventories.findByRegionIdAndPracticeId(regionId, practiceId.value())
                .orElseGet(() -> new PracticeInventory(regionId, practiceId));
        inventory.record(rows, user.id(), user.displayName(), clock.instant());
        inventories.save(inventory);
    }

    /** The merged view of the region's inventories (RESV staff and area managers of the region; 404 for others). */
    @UseCase(policy = NetworkPolicyNames.MANAGE_REGION)
    public Overview overview(CurrentUser user, RegionId regionId) {
        Region region = region(regionId);
        LocalDate today = access.today();
        List<Network> inRegion = networks.findByRegionIdOrderByName(regionId);
        List<PracticeInventory> recorded = inventories.findByRegionId(regionId);
        Set<UUID> candidates = new LinkedHashSet<>();
        Set<UUID> inActiveCore = new HashSet<>();
        Set<UUID> served = new HashSet<>();
        for (Network network : inRegion) {
            Set<UUID> memberOrganisations = InventoryAccess.memberOrganisations(network, today);
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
                        .filter(inventory -> inventory.practice().equals(practice.id())).findFirst()
                        .map(InventoryView::of)))
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
        return new Overview(region.toSummary(), lines, merged, others);
    }

    /**
     * The GP practices of a network (member organisations and served practices), for its analysis page, each with
     * whether the person may record its inventory (the rule of {@link InventoryPolicies#RECORD_PRACTICE_INVENTORY}).
     */
    @UseCase(policy = NetworkPolicyNames.VIEW_NETWORK)
    public List<PracticeLink> practicesOf(CurrentUser user, NetworkId id) {
        Network network = networks.findById(id.value()).orElseThrow(NotFoundException::new);
        Region region = region(network.region());
        Set<UUID> ids = new LinkedHashSet<>(InventoryAccess.memberOrganisations(network, access.today()));
        ids.addAll(network.servedPractices());
        return organisations.findAll(ids.stream().map(OrganisationId::new).toList()).values().stream()
                .filter(organisation -> organisation.type() == OrganisationType.GP_PRACTICE)
                .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                .map(practice -> new PracticeLink(region.id(), practice,
                        access.canRecord(user, region, practice.id().value()),
                        inventories.findByRegionIdAndPracticeId(region.id(), practice.id().value())
                                .isPresent()))
                .toList();
    }

    /**
     * The GP practices whose staff the person is (the practice manager, R177), each in every region it belongs to:
     * the inventories they may record themselves.
     */
    @UseCase(policy = InventoryPolicies.OWN_PRACTICE_INVENTORIES)
    public List<OwnPractice> ownPractices(CurrentUser user) {
        List<Organisation> staffed = organisations.staffedBy(user.id()).stream()
                .filter(organisation -> organisation.type() == OrganisationType.GP_PRACTICE).toList();
        if (staffed.isEmpty()) {
            return List.of();
        }
        List<OwnPractice> own = new ArrayList<>();
        for (Region region : regions.findAllByOrderByNameAsc()) {
            for (Organisation practice : staffed) {
                if (access.belongsTo(region, practice.id().value())) {
                    own.add(new OwnPractice(region.toSummary(), practice, inventories
                            .findByRegionIdAndPracticeId(region.id(), practice.id().value()).isPresent()));
                }
            }
        }
        return own;
    }

    private Region region(RegionId id) {
        return regions.findById(id.value()).orElseThrow(NotFoundException::new);
    }

    private Organisation practice(OrganisationId id) {
        return organisations.find(id).filter(organisation -> organisation.type() == OrganisationType.GP_PRACTICE)
                .orElseThrow(NotFoundException::new);
    }
}
