package nl.hecht.network.internal.view;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.transaction.annotation.Transactional;

import nl.hecht.area.Areas;
import nl.hecht.area.Neighbourhood;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.access.NetworkPolicies;
import nl.hecht.network.internal.access.NetworkPolicyNames;
import nl.hecht.network.internal.coverage.CoverageAnalysis;
import nl.hecht.network.internal.coverage.CoverageReport;
import nl.hecht.network.internal.coverage.CoverageService;
import nl.hecht.network.internal.coverage.CoverageStatus;
import nl.hecht.network.internal.coverage.NetworkFact;
import nl.hecht.network.internal.coverage.RegionFacts;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionRepository;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/**
 * GeoJSON for the maps: the region's neighbourhoods with their coverage status, and a network's area editor. The
 * geometries come from the area module as GeoJSON already; the properties are escaped here.
 */
@ApplicationService
@Transactional(readOnly = true)
public class MapData {

    private final NetworkRepository networks;
    private final RegionRepository regions;
    private final CoverageService coverage;
    private final Areas areas;

    MapData(NetworkRepository networks, RegionRepository regions, CoverageService coverage, Areas areas) {
        this.networks = networks;
        this.regions = regions;
        this.coverage = coverage;
        this.areas = areas;
    }

    @UseCase(policy = NetworkPolicyNames.MANAGE_REGION)
    public String coverage(CurrentUser user, RegionId id) {
        Region region = regions.findById(id.value()).orElseThrow(NotFoundException::new);
        RegionFacts facts = coverage.facts(region);
        CoverageReport report = CoverageAnalysis.analyse(facts.advice(), facts.areas(), facts.networks().values());
        return features(facts, code -> ",\"status\":"
                + string(report.statusByNeighbourhood().getOrDefault(code, CoverageStatus.GAP).name())
                + ",\"networks\":" + string(names(facts, code, null)));
    }

    /**
     * The area editor's map: whether each neighbourhood is in this network ({@code SELECTED}), else in another core
     * network that has not ended ({@code OTHER}) or {@code FREE}; {@code otherCore} tells what it becomes when it
     * leaves this network, {@code others} names the other networks it is in.
     */
    @UseCase(policy = NetworkPolicyNames.COORDINATE_AREA)
    public String area(CurrentUser user, NetworkId id) {
        Network network = networks.findById(id.value()).orElseThrow(NotFoundException::new);
        Region region = regions.findById(network.region().value()).orElseThrow(NotFoundException::new);
        RegionFacts facts = coverage.facts(region);
        Set<NeighbourhoodCode> selected = network.serviceArea();
        return features(facts, code -> {
            boolean inOtherCore = facts.networksByNeighbourhood().getOrDefault(code, Set.of()).stream()
                    .filter(other -> !other.equals(id)).map(facts.networks()::get).anyMatch(fact -> fact != null
                            && fact.kind() == nl.hecht.network.NetworkKind.CORE
                            && fact.status() != nl.hecht.network.NetworkStatus.ENDED);
            String status = selected.contains(code) ? "SELECTED" : inOtherCore ? "OTHER" : "FREE";
            return ",\"status\":" + string(status) + ",\"otherCore\":" + inOtherCore + ",\"others\":"
                    + string(names(facts, code, id));
        });
    }

    /** The names of the networks a neighbourhood is in, but for {@code except}, in alphabetical order. */
    private static String names(RegionFacts facts, NeighbourhoodCode code, NetworkId except) {
        return facts.networksByNeighbourhood().getOrDefault(code, Set.of()).stream()
                .filter(network -> !network.equals(except)).map(facts.networks()::get)
                .filter(java.util.Objects::nonNull).map(NetworkFact::ref).map(ref -> ref.name()).sorted()
                .collect(Collectors.joining(", "));
    }

    /** A feature per neighbourhood with an outline: its geometry, code and name, and the given properties. */
    private String features(RegionFacts facts, java.util.function.Function<NeighbourhoodCode, String> properties) {
        List<NeighbourhoodCode> codes = facts.neighbourhoods().stream().map(Neighbourhood::code).toList();
        Map<NeighbourhoodCode, String> geometries = codes.isEmpty() ? Map.of() : areas.geometries(codes);
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (Neighbourhood neighbourhood : facts.neighbourhoods()) {
            String geometry = geometries.get(neighbourhood.code());
            if (geometry == null) {
                continue;
            }
            json.append(first ? "" : ",").append("{\"type\":\"Feature\",\"geometry\":").append(geometry)
                    .append(",\"properties\":{\"code\":").append(string(neighbourhood.code().value()))
                    .append(",\"name\":").append(string(neighbourhood.name()))
                    .append(properties.apply(neighbourhood.code())).append("}}");
            first = false;
        }
        return json.append("]}").toString();
    }

    /** A JSON string literal. */
    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : (value == null ? "" : value).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
