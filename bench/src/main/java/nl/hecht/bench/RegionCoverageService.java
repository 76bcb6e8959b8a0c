package nl.hecht.bench;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.network.RegionId;
import nl.hecht.network.RegionSummary;
import nl.hecht.network.Regions;
import nl.hecht.network.internal.coverage.CoverageReport;
import nl.hecht.network.internal.view.CoverageViews;

/**
 * The coverage of a region end to end, as the RESV's coverage page gets it: {@code CoverageViews.coverage}, in its
 * read-only transaction, checks that the person may manage the region, loads the region and its facts (a fixed
 * number of queries) and runs the analysis. The person is an administrator (no session, no HTTP).
 */
public final class RegionCoverageService {

    private static final CurrentUser ADMIN = new CurrentUser(new AccountId(UUID.nameUUIDFromBytes(
            "hecht-bench/admin".getBytes(StandardCharsets.UTF_8))), "bench", "Benchmark", "RESV", null,
            Set.of(Role.ADMIN));

    private final CoverageViews views;
    private final List<RegionSummary> regions;

    public RegionCoverageService(BenchDatabase database) {
        this.views = database.bean(CoverageViews.class);
        this.regions = database.bean(Regions.class).all();
    }

    /** Every region, by name (as {@code Regions.all()} gives them). */
    public List<RegionSummary> regions() {
        return regions;
    }

    /** The region with the most neighbourhoods (runs the coverage of every region once to find it). */
    public RegionSummary largest() {
        return regions.stream().max(Comparator.comparingInt(region -> coverage(region.id()).neighbourhoods()))
                .orElseThrow();
    }

    public CoverageReport coverage(RegionId region) {
        return views.coverage(ADMIN, region).report();
    }
}
