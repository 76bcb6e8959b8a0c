package nl.hecht.network.internal.view;

import java.util.List;

import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.RegionId;
import nl.hecht.network.RegionSummary;
import nl.hecht.network.internal.access.NetworkAccess;
import nl.hecht.network.internal.access.NetworkPolicyNames;
import nl.hecht.network.internal.coverage.CoverageReport;
import nl.hecht.network.internal.coverage.CoverageService;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionRepository;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/** The region pages of RESV staff: which regions they manage and each region's coverage (R014, R043). */
@ApplicationService
@Transactional(readOnly = true)
public class CoverageViews {

    private final NetworkAccess access;
    private final RegionRepository regions;
    private final CoverageService coverage;

    CoverageViews(NetworkAccess access, RegionRepository regions, CoverageService coverage) {
        this.access = access;
        this.regions = regions;
        this.coverage = coverage;
    }

    /** A region as its coverage page shows it: its name and its advice on a core network's size (R014). */
    public record RegionView(RegionId id, String name, int minInhabitants, int maxInhabitants, boolean warnTooLarge) {
    }

    /** A region with its coverage report. */
    public record RegionCoverage(RegionView region, CoverageReport report) {
    }

    /** The regions the person manages (RESV staff: those they work for; administrators: all). */
    @UseCase(policy = NetworkPolicyNames.SEE_REGIONS)
    public List<RegionSummary> managedRegions(CurrentUser user) {
        return regions.findAllByOrderByNameAsc().stream().filter(region -> access.canManage(user, region))
                .map(Region::toSummary).toList();
    }

    @UseCase(policy = NetworkPolicyNames.MANAGE_REGION)
    public RegionCoverage coverage(CurrentUser user, RegionId id) {
        Region region = regions.findById(id.value()).orElseThrow(NotFoundException::new);
        return new RegionCoverage(new RegionView(region.id(), region.name(), region.sizeAdvice().minInhabitants(),
                region.sizeAdvice().maxInhabitants(), region.sizeAdvice().warnTooLarge()), coverage.report(region));
    }
}
