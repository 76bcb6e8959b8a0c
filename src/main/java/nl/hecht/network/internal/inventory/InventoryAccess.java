package nl.hecht.network.internal.inventory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.access.NetworkAccess;
import nl.hecht.network.internal.network.Member;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionRepository;
import nl.hecht.shared.Today;
import nl.hecht.shared.usecase.Verdict;

/**
 * Who may record a GP practice's collaboration inventory (R177): RESV staff of the region (area managers included),
 * the coordinator of a network of the region that has the practice as member organisation or serves it, and a current
 * member of a network of the region who takes part for that practice, and the practice manager: staff of the practice
 * in the register ({@link #keepsPracticeOf}). Another practice's inventory stays closed to them. Loads and decides in one read-only transaction,
 * so that the policies (which run before the use case's transaction) never touch a detached record.
 */
@Component
class InventoryAccess {

    private final NetworkAccess access;
    private final RegionRepository regions;
    private final NetworkRepository networks;
    private final Organisations organisations;
    private final PracticeInventoryRepository inventories;
    private final Clock clock;

    InventoryAccess(NetworkAccess access, RegionRepository regions, NetworkRepository networks,
            Organisations organisations, PracticeInventoryRepository inventories, Clock clock) {
        this.inventories = inventories;
        this.access = access;
        this.regions = regions;
        this.networks = networks;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * Hidden when the region is not one the person may see or the practice is not a GP practice; denied when they
     * may see it but not record this practice's inventory.
     */
    @Transactional(readOnly = true)
    public Verdict mayRecord(CurrentUser user, RegionId regionId, OrganisationId practiceId) {
        Optional<Region> region = regions.findById(regionId.value());
        if (region.isEmpty()
                || !access.canManage(user, region.get()) && !access.visibleRegions(user).contains(regionId)
                        && !keepsPracticeOf(user, region.get(), practiceId.value())) {
            return Verdict.HIDDEN;
        }
        boolean practice = organisations.find(practiceId)
                .filter(organisation -> organisation.type() == OrganisationType.GP_PRACTICE).isPresent();
        if (!practice) {
            return Verdict.HIDDEN;
        }
        return Verdict.grantedIf(canRecord(user, region.get(), practiceId.value()));
    }

    /** Whether the person may record the practice's inventory; within the caller's transaction. */
    @Transactional(readOnly = true)
    public boolean canRecord(CurrentUser user, Region region, UUID practice) {
        if (access.canManage(user, region) || keepsPracticeOf(user, region, practice)) {
            return true;
        }
        LocalDate today = today();
        for (Network network : networks.findByRegionIdOrderByName(region.id())) {
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

    /**
     * R177, the practice manager: the person is staff of the GP practice in the register (the accounts that keep an
     * organisation's entries) and the practice belongs to the region: a network of the region that is not ended
     * serves it or has it as member organisation, or the region already holds its inventory.
     */
    @Transactional(readOnly = true)
    public boolean keepsPracticeOf(CurrentUser user, Region region, UUID practice) {
        boolean staff = organisations.staffedBy(user.id()).stream()
                .anyMatch(organisation -> organisation.id().value().equals(practice)
                        && organisation.type() == OrganisationType.GP_PRACTICE);
        return staff && belongsTo(region, practice);
    }

    /** Whether the GP practice belongs to the region (see {@link #keepsPracticeOf}). */
    boolean belongsTo(Region region, UUID practice) {
        LocalDate today = today();
        for (Network network : networks.findByRegionIdOrderByName(region.id())) {
            if (network.status() != NetworkStatus.ENDED && (network.servedPractices().contains(practice)
                    || memberOrganisations(network, today).contains(practice))) {
                return true;
            }
        }
        return inventories.findByRegionIdAndPracticeId(region.id(), practice).isPresent();
    }

    static Set<UUID> memberOrganisations(Network network, LocalDate today) {
        return network.currentMembers(today).stream().map(Member::organisationId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    LocalDate today() {
        return Today.in(clock);
    }
}
