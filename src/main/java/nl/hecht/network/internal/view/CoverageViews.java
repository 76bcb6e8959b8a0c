package nl.hecht.network.internal.view;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.access.NetworkAccess;
import nl.hecht.network.internal.coverage.CoverageReport;
import nl.hecht.network.internal.coverage.CoverageService;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionManagement;

/** The region pages of RESV staff: which regions they manage and each region's coverage. */
@Service
@Transactional(readOnly = true)
public class CoverageViews {

    private final NetworkAccess access;
    private final RegionManagement regions;
    private final CoverageService coverage;

    CoverageViews(NetworkAccess access, RegionManagement regions, CoverageService coverage) {
        this.access = access;
        this.regions = regions;
        this.coverage = coverage;
    }

    /** A region with its coverage report. */
    public record RegionCoverage(Region region, CoverageReport report) {
    }

    public List<Region> managedRegions(CurrentUser user) {
        return regions.regions().stream().filter(region -> access.canManage(user, region)).toList();
    }

    public RegionCoverage coverage(CurrentUser user, RegionId id) {
        Region region = access.regionToManage(user, id);
        return new RegionCoverage(region, coverage.report(region));
    }
}
