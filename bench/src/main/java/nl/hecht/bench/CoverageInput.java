package nl.hecht.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.hecht.bench.SyntheticCountry.Neighbourhood;
import nl.hecht.bench.SyntheticNetworks.Member;
import nl.hecht.bench.SyntheticNetworks.Network;
import nl.hecht.bench.SyntheticNetworks.Practice;
import nl.hecht.bench.SyntheticNetworks.Region;
import nl.hecht.network.AreaBasis;
import nl.hecht.network.CoreSeat;
import nl.hecht.network.MemberRole;
import nl.hecht.network.NetworkId;
import nl.hecht.network.internal.composition.CompositionCheck;
import nl.hecht.network.internal.composition.CompositionRules;
import nl.hecht.network.internal.composition.MemberFact;
import nl.hecht.network.internal.coverage.AreaFact;
import nl.hecht.network.internal.coverage.NetworkFact;
import nl.hecht.network.internal.coverage.NetworkRef;
import nl.hecht.network.internal.discipline.Discipline;
import nl.hecht.network.internal.discipline.DisciplineCatalogue;
import nl.hecht.network.internal.region.SizeAdvice;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The input of {@code CoverageAnalysis.analyse} built in memory from a {@link NationalDataSet}, as
 * {@code CoverageService} builds it from the database: the neighbourhoods of a region with their inhabitants, and
 * per network its service area, practice population, coordinator and composition gaps (from Hecht's own
 * {@link CompositionRules} and {@link CompositionCheck}).
 */
public final class CoverageInput {

    /** What one analysis gets. */
    public record Facts(String name, SizeAdvice advice, List<AreaFact> areas, List<NetworkFact> networks) {
    }

    /**
     * The disciplines the synthetic networks use, with the core seat they fill, as in Hecht's migration
     * {@code V202611240804__network_disciplines.sql} (the seeder's check compares this with the database).
     */
    static final DisciplineCatalogue CATALOGUE = catalogue();

    private CoverageInput() {
    }

    /** Each region's own facts, in the order of the regions. */
    public static List<Facts> perRegion(NationalDataSet data, LocalDate today) {
        Map<UUID, List<Network>> networksByRegion = new HashMap<>();
        data.networks().networks().forEach(network -> networksByRegion
                .computeIfAbsent(network.regionId(), key -> new ArrayList<>()).add(network));
        Map<UUID, Integer> listSizes = listSizes(data);
        List<Facts> facts = new ArrayList<>();
        for (Region region : data.networks().regions()) {
            Set<String> municipalities = Set.copyOf(region.municipalityCodes());
            List<AreaFact> areas = areas(data, hood -> municipalities.contains(hood.municipalityCode()));
            List<NetworkFact> networks = networksByRegion.getOrDefault(region.id(), List.of()).stream()
                    .map(network -> fact(network, region, listSizes, today)).toList();
            facts.add(new Facts(region.name(), new SizeAdvice(region.minInhabitants(), region.maxInhabitants()),
                    areas, networks));
        }
        return facts;
    }

    /**
     * The whole country as one region: 14,500 neighbourhoods and every network (each checked against its own
     * region's expected disciplines), with the default size advice. The size issue 4 sets its target for.
     */
    public static Facts national(NationalDataSet data, LocalDate today) {
        Map<UUID, Region> regions = new HashMap<>();
        data.networks().regions().forEach(region -> regions.put(region.id(), region));
        Map<UUID, Integer> listSizes = listSizes(data);
        List<NetworkFact> networks = data.networks().networks().stream()
                .map(network -> fact(network, regions.get(network.regionId()), listSizes, today)).toList();
        return new Facts("national", SizeAdvice.DEFAULT, areas(data, hood -> true), networks);
    }

    private static List<AreaFact> areas(NationalDataSet data, java.util.function.Predicate<Neighbourhood> filter) {
        Map<String, String> municipalityNames = new HashMap<>();
        data.country().municipalities().forEach(m -> municipalityNames.put(m.code(), m.name()));
        Map<String, String> districtNames = new HashMap<>();
        data.country().districts().forEach(d -> districtNames.put(d.code(), d.name()));
        return data.country().neighbourhoods().stream().filter(filter)
                .map(hood -> new AreaFact(new NeighbourhoodCode(hood.code()), hood.name(),
                        districtNames.get(hood.districtCode()), municipalityNames.get(hood.municipalityCode()),
                        hood.inhabitants()))
                .toList();
    }

    private static Map<UUID, Integer> listSizes(NationalDataSet data) {
        Map<UUID, Integer> sizes = new HashMap<>();
        for (Practice practice : data.networks().practices()) {
            sizes.put(practice.id(), practice.listSize());
        }
        return sizes;
    }

    private static NetworkFact fact(Network network, Region region, Map<UUID, Integer> listSizes, LocalDate today) {
        List<Member> current = network.members().stream().filter(member -> member.isCurrent(today)).toList();
        // as CoverageService: one fact per discipline, with the roles of everyone in it
        Map<String, Set<MemberRole>> byDiscipline = new HashMap<>();
        for (Member member : current) {
            byDiscipline.computeIfAbsent(member.disciplineCode(), key -> EnumSet.noneOf(MemberRole.class))
                    .addAll(member.roles());
        }
        List<MemberFact> members = new ArrayList<>();
        byDiscipline.forEach((discipline, roles) -> members.add(new MemberFact(discipline, roles, "")));
        var expectations = CompositionRules.expectations(network.kind(), network.theme(),
                network.countedSocialFunctions(), region.expectedDisciplines(), CATALOGUE);
        var composition = CompositionCheck.check(expectations, members, network.socialDomainLinked(),
                network.nonParticipation());
        Long practicePopulation = null;
        if (network.areaBasis() == AreaBasis.PRACTICES && !network.servedPractices().isEmpty()) {
            practicePopulation = network.servedPractices().stream().mapToLong(listSizes::get).sum();
        }
        Set<NeighbourhoodCode> area = new LinkedHashSet<>();
        network.serviceArea().forEach(code -> area.add(new NeighbourhoodCode(code)));
        boolean coordinated = current.stream().anyMatch(member -> member.roles().contains(MemberRole.COORDINATOR));
        return new NetworkFact(new NetworkRef(new NetworkId(network.id()), network.name(), network.status()),
                network.kind(), network.areaBasis(), network.sizeJustification() != null, area, practicePopulation,
                coordinated, composition.gaps());
    }

    private static DisciplineCatalogue catalogue() {
        Object[][] rows = {
                {"GP", CoreSeat.GP}, {"PRACTICE_NURSE", null}, {"DISTRICT_NURSE", CoreSeat.DISTRICT_NURSE},
                {"DISTRICT_NURSE_S1", CoreSeat.DISTRICT_NURSE}, {"DISTRICT_NURSE_S2", CoreSeat.DISTRICT_NURSE},
                {"PHARMACIST", CoreSeat.PHARMACIST}, {"DISTRICT_TEAM_MEMBER", CoreSeat.SOCIAL_DOMAIN},
                {"SOCIAL_WORKER", CoreSeat.SOCIAL_DOMAIN}, {"SOCIAL_CASEWORKER", CoreSeat.SOCIAL_DOMAIN},
                {"ELDERLY_ADVISOR", CoreSeat.SOCIAL_DOMAIN}, {"CLIENT_SUPPORTER", CoreSeat.SOCIAL_DOMAIN},
                {"PERSONAL_SUPERVISOR", CoreSeat.SOCIAL_DOMAIN}, {"DEBT_COUNSELLOR", CoreSeat.SOCIAL_DOMAIN},
                {"BENEFITS_COUNSELLOR", CoreSeat.SOCIAL_DOMAIN}, {"NEIGHBOURHOOD_TEAM", CoreSeat.SOCIAL_DOMAIN},
                {"WMO_CONSULTANT", null}, {"WELFARE_WORKER", null}, {"PHYSIOTHERAPIST", null},
                {"DEMENTIA_CASE_MANAGER", null}, {"MENTAL_HEALTH", null}, {"MIDWIFE", null}, {"YOUTH_HEALTH", null},
                {"PRIMARY_SCHOOL", null}, {"COMMUNITY_POLICE", null}, {"NETWORK_COORDINATOR", null}};
        List<Discipline> disciplines = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String code = (String) rows[i][0];
            disciplines.add(new Discipline(code, code, code, "BENCH", (CoreSeat) rows[i][1], i));
        }
        return new DisciplineCatalogue(disciplines);
    }
}
