package nl.hecht.network.internal.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.area.Areas;
import nl.hecht.area.KeyFigures;
import nl.hecht.area.Neighbourhood;
import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.Organisations;
import nl.hecht.network.AreaBasis;
import nl.hecht.network.MemberRole;
import nl.hecht.network.NetworkId;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.composition.CompositionCheck;
import nl.hecht.network.internal.composition.CompositionResult;
import nl.hecht.network.internal.composition.CompositionRules;
import nl.hecht.network.internal.composition.Expectation;
import nl.hecht.network.internal.composition.ExpectationResult;
import nl.hecht.network.internal.composition.MemberFact;
import nl.hecht.network.internal.discipline.DisciplineCatalogue;
import nl.hecht.network.internal.discipline.Disciplines;
import nl.hecht.network.internal.network.Member;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.network.internal.network.NetworkRow;
import nl.hecht.network.internal.region.Region;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.Today;

/**
 * Loads a region's facts (a fixed number of queries, whatever the number of networks) and runs the pure
 * {@link CoverageAnalysis} and {@link CompositionCheck} on them.
 */
@Service
@Transactional(readOnly = true)
public class CoverageService {

    private final NetworkRepository networks;
    private final Areas areas;
    private final Organisations organisations;
    private final Disciplines disciplines;
    private final Clock clock;

    CoverageService(NetworkRepository networks, Areas areas, Organisations organisations, Disciplines disciplines,
            Clock clock) {
        this.networks = networks;
        this.areas = areas;
        this.organisations = organisations;
        this.disciplines = disciplines;
        this.clock = clock;
    }

    public CoverageReport report(Region region) {
        RegionFacts facts = facts(region);
        return CoverageAnalysis.analyse(facts.advice(), facts.areas(), facts.networks().values());
    }

    public RegionFacts facts(Region region) {
        RegionId regionId = region.id();
        LocalDate today = today();
        DisciplineCatalogue catalogue = disciplines.catalogue();

        List<Neighbourhood> neighbourhoods = areas.neighbourhoodsIn(region.municipalities());
        List<NeighbourhoodCode> codes = neighbourhoods.stream().map(Neighbourhood::code).toList();
        Map<NeighbourhoodCode, KeyFigures> figures = codes.isEmpty() ? Map.of() : areas.latestKeyFigures(codes);
        List<AreaFact> areaFacts = new ArrayList<>(neighbourhoods.size());
        for (Neighbourhood neighbourhood : neighbourhoods) {
            KeyFigures figure = figures.get(neighbourhood.code());
            areaFacts.add(new AreaFact(neighbourhood.code(), neighbourhood.name(), neighbourhood.districtName(),
                    neighbourhood.municipalityName(), figure == null ? null : figure.inhabitants()));
        }

        Map<UUID, Set<NeighbourhoodCode>> areaByNetwork = new HashMap<>();
        Map<NeighbourhoodCode, Set<NetworkId>> networksByNeighbourhood = new HashMap<>();
        for (Object[] row : networks.serviceAreaRows(regionId)) {
            UUID networkId = (UUID) row[0];
            NeighbourhoodCode code = new NeighbourhoodCode((String) row[1]);
            areaByNetwork.computeIfAbsent(networkId, key -> new HashSet<>()).add(code);
            networksByNeighbourhood.computeIfAbsent(code, key -> new HashSet<>()).add(new NetworkId(networkId));
        }
        Map<UUID, Map<String, Set<MemberRole>>> membersByNetwork = new HashMap<>();
        Map<UUID, List<MemberFact>> memberFacts = new HashMap<>();
        Map<UUID, Boolean> coordinated = new HashMap<>();
        for (Object[] row : networks.currentMemberRows(regionId, today)) {
            UUID networkId = (UUID) row[0];
            MemberRole role = (MemberRole) row[2];
            if (role == MemberRole.COORDINATOR) {
                coordinated.put(networkId, true);
            }
            // One fact per discipline and role is enough for the check: it asks "is anyone there, is anyone liaison".
            membersByNetwork.computeIfAbsent(networkId, key -> new HashMap<>())
                    .computeIfAbsent((String) row[1], key -> EnumSet.noneOf(MemberRole.class));
            if (role != null) {
                membersByNetwork.get(networkId).get((String) row[1]).add(role);
            }
        }
        membersByNetwork.forEach((networkId, byDiscipline) -> {
            List<MemberFact> list = new ArrayList<>(byDiscipline.size());
            byDiscipline.forEach((discipline, roles) -> list.add(new MemberFact(discipline, roles, "")));
            memberFacts.put(networkId, list);
        });
        // Members with a social-domain function of the network's own: presence is what the region's check asks.
        for (Object[] row : networks.currentMemberFunctionRows(regionId, today)) {
            memberFacts.computeIfAbsent((UUID) row[0], key -> new ArrayList<>())
                    .add(new MemberFact((String) row[1], Set.of(), "", (String) row[2]));
        }
        Map<UUID, Set<String>> ownFunctions = new HashMap<>();
        for (Object[] row : networks.ownSocialFunctionRows(regionId)) {
            ownFunctions.computeIfAbsent((UUID) row[0], key -> new HashSet<>()).add((String) row[1]);
        }
        Map<UUID, Set<String>> socialFunctions = new HashMap<>();
        for (Object[] row : networks.socialFunctionRows(regionId)) {
            socialFunctions.computeIfAbsent((UUID) row[0], key -> new HashSet<>()).add((String) row[1]);
        }
        Map<UUID, Map<String, String>> reasons = new HashMap<>();
        for (Object[] row : networks.nonParticipationRows(regionId)) {
            reasons.computeIfAbsent((UUID) row[0], key -> new HashMap<>()).put((String) row[1], (String) row[2]);
        }
        Map<UUID, Set<UUID>> practices = new HashMap<>();
        for (Object[] row : networks.servedPracticeRows(regionId)) {
            practices.computeIfAbsent((UUID) row[0], key -> new HashSet<>()).add((UUID) row[1]);
        }
        Map<OrganisationId, Organisation> practiceOrganisations = practices.isEmpty() ? Map.of()
                : organisations.findAll(practices.values().stream().flatMap(Collection::stream).distinct()
                        .map(OrganisationId::new).toList());
        Set<String> expected = region.expectedDisciplines();

        Map<NetworkId, NetworkFact> facts = new LinkedHashMap<>();
        for (NetworkRow row : networks.networkRows(regionId)) {
            List<Expectation> expectations = CompositionRules.expectations(row.kind(), row.theme(),
                    socialFunctions.getOrDefault(row.id(), Set.of()), ownFunctions.getOrDefault(row.id(), Set.of()),
                    expected, catalogue);
            CompositionResult composition = CompositionCheck.check(expectations,
                    memberFacts.getOrDefault(row.id(), List.of()), row.socialDomainLinked(),
                    reasons.getOrDefault(row.id(), Map.of()));
            Long practicePopulation = null;
            if (row.areaBasis() == AreaBasis.PRACTICES) {
                long sum = 0;
                for (UUID practice : practices.getOrDefault(row.id(), Set.of())) {
                    Organisation organisation = practiceOrganisations.get(new OrganisationId(practice));
                    if (organisation != null && organisation.listSize() != null) {
                        sum += organisation.listSize();
                    }
                }
                practicePopulation = practices.containsKey(row.id()) ? sum : null;
            }
            NetworkRef ref = new NetworkRef(new NetworkId(row.id()), row.name(), row.status());
            List<ExpectationResult> results = composition.results();
            facts.put(ref.id(), new NetworkFact(ref, row.kind(), row.areaBasis(), row.sizeJustification() != null,
                    areaByNetwork.getOrDefault(row.id(), Set.of()), practicePopulation,
                    coordinated.getOrDefault(row.id(), false), results));
        }
        return new RegionFacts(region.sizeAdvice(), neighbourhoods, areaFacts, facts, networksByNeighbourhood);
    }

    /** The composition check of one network, with the names of the members. */
    public CompositionResult composition(Network network, Region region) {
        LocalDate today = today();
        List<MemberFact> members = new ArrayList<>();
        for (Member member : network.currentMembers(today)) {
            members.add(new MemberFact(member.disciplineCode(), member.roles(), member.personName(),
                    member.socialFunction()));
        }
        List<Expectation> expectations = CompositionRules.expectations(network.kind(), network.theme(),
                network.countedSocialFunctions(), network.ownSocialFunctions(), region.expectedDisciplines(),
                disciplines.catalogue());
        return CompositionCheck.check(expectations, members, network.socialDomainLinked(),
                network.nonParticipation());
    }

    /** Key figures summed over neighbourhoods. */
    public KeyFigureTotals totals(Collection<NeighbourhoodCode> codes) {
        if (codes.isEmpty()) {
            return KeyFigureTotals.of(0, List.of());
        }
        return KeyFigureTotals.of(codes.size(), areas.latestKeyFigures(codes).values());
    }

    /** The neighbourhoods of the network, by code, in the order of the area module. */
    public Map<NeighbourhoodCode, Neighbourhood> neighbourhoods(Collection<NeighbourhoodCode> codes) {
        Map<NeighbourhoodCode, Neighbourhood> byCode = new TreeMap<>();
        if (!codes.isEmpty()) {
            areas.neighbourhoods(codes).forEach(neighbourhood -> byCode.put(neighbourhood.code(), neighbourhood));
        }
        return byCode;
    }

    /**
     * Networks (other than the given one) whose service area borders the given neighbourhoods (R095): in an adjacent
     * neighbourhood, sharing none. Networks that share a neighbourhood are {@link NearbyNetworks#overlapping}.
     */
    public Set<NetworkId> neighbouringNetworks(NetworkId self, Collection<NeighbourhoodCode> area, RegionFacts facts) {
        return nearby(self, area, facts.networksByNeighbourhood()).bordering();
    }

    /**
     * The same for a network page, which needs nothing else of the region's facts: one query for the service areas of
     * the region's networks instead of all of {@link #facts} (members, composition, key figures).
     */
    public Set<NetworkId> neighbouringNetworks(NetworkId self, Collection<NeighbourhoodCode> area, RegionId region) {
        return nearbyNetworks(self, area, region).bordering();
    }

    /** The networks bordering the given neighbourhoods and those overlapping them, apart (one query). */
    public NearbyNetworks nearbyNetworks(NetworkId self, Collection<NeighbourhoodCode> area, RegionId region) {
        if (area.isEmpty()) {
            return new NearbyNetworks(Set.of(), Set.of());
        }
        Map<NeighbourhoodCode, Set<NetworkId>> networksByNeighbourhood = new HashMap<>();
        for (Object[] row : networks.serviceAreaRows(region)) {
            networksByNeighbourhood.computeIfAbsent(new NeighbourhoodCode((String) row[1]), key -> new HashSet<>())
                    .add(new NetworkId((UUID) row[0]));
        }
        return nearby(self, area, networksByNeighbourhood);
    }

    /**
     * Networks near a service area: {@code bordering} have a neighbourhood adjacent to it and share none
     * ("aanpalende netwerken"); {@code overlapping} share at least one neighbourhood with it, e.g. the core networks
     * inside a thematic network's area ("overlappende netwerken").
     */
    public record NearbyNetworks(Set<NetworkId> bordering, Set<NetworkId> overlapping) {

        public NearbyNetworks {
            bordering = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(bordering));
            overlapping = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(overlapping));
        }
    }

    private NearbyNetworks nearby(NetworkId self, Collection<NeighbourhoodCode> area,
            Map<NeighbourhoodCode, Set<NetworkId>> networksByNeighbourhood) {
        if (area.isEmpty()) {
            return new NearbyNetworks(Set.of(), Set.of());
        }
        Set<NetworkId> overlapping = new java.util.LinkedHashSet<>();
        for (NeighbourhoodCode code : area) {
            overlapping.addAll(networksByNeighbourhood.getOrDefault(code, Set.of()));
        }
        Set<NeighbourhoodCode> adjacent = new HashSet<>();
        areas.neighbours(area).values().forEach(adjacent::addAll);
        adjacent.removeAll(area);
        Set<NetworkId> bordering = new java.util.LinkedHashSet<>();
        for (NeighbourhoodCode code : adjacent) {
            bordering.addAll(networksByNeighbourhood.getOrDefault(code, Set.of()));
        }
        overlapping.remove(self);
        bordering.remove(self);
        bordering.removeAll(overlapping);
        return new NearbyNetworks(bordering, overlapping);
    }

    private LocalDate today() {
        return Today.in(clock);
    }
}
