package nl.hecht.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.hecht.bench.SyntheticCountry.Neighbourhood;
import nl.hecht.network.AreaBasis;
import nl.hecht.network.CoordinatorLabel;
import nl.hecht.network.MemberRole;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkLabel;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkTheme;

/**
 * Regions (RESV), their core and thematic networks, members and the GP practices of practice-based networks, over a
 * {@link SyntheticCountry}. Deterministic for a seed (ids included). Each region covers a run of consecutive
 * municipalities; its core networks split the region's neighbourhoods, in code order, into runs of about equal
 * population, so the number of core networks is exact and their sizes mostly fall within the advice. Then, on
 * purpose and at fixed rates, what the coverage analysis is there to find:
 * <ul>
 * <li>gaps: a network leaves out its last neighbourhood ({@value #GAP_RATE} of networks), or is in formation, paused
 * or ended;</li>
 * <li>overlaps: a network also claims the first neighbourhood of the next one ({@value #OVERLAP_RATE});</li>
 * <li>size deviations: a network drawn at half or 1.6 times the usual size, two in five of them with a recorded
 * justification; two regions with their own size advice;</li>
 * <li>composition gaps: no pharmacist (some with a recorded reason), a pharmacist or GP without liaison, no social
 * domain (or a linked one), a narrowed list of social-domain functions, disciplines a region expects, no
 * coordinator; and members who left, who no longer count.</li>
 * </ul>
 * Thematic networks (first 1000 days, youth, school team, a practice-based elderly team, sometimes another theme)
 * overlap the core networks, as they may.
 */
public final class SyntheticNetworks {

    static final double GAP_RATE = 0.02;
    static final double OVERLAP_RATE = 0.025;
    /** The weights of a network drawn too small or too large: half or 1.6 times the usual population. */
    private static final double SMALL = 0.5;
    private static final double LARGE = 1.6;

    /** Members join on this date; members who left did so on {@link #LEFT}. */
    static final LocalDate JOINED = LocalDate.of(2025, 1, 1);
    static final LocalDate LEFT = LocalDate.of(2026, 1, 31);
    private static final LocalDate STARTED = LocalDate.of(2025, 3, 1);
    private static final LocalDate ENDED = LocalDate.of(2026, 6, 30);

    public record Stakeholder(String kind, String name, String contactName, String contactEmail) {
    }

    public record Region(UUID id, String name, List<String> municipalityCodes, int minInhabitants,
            int maxInhabitants, Set<String> expectedDisciplines, List<Stakeholder> stakeholders) {
    }

    /** A GP practice (an organisation of module directory) with its list size. */
    public record Practice(UUID id, String name, String agbCode, int listSize) {
    }

    public record Member(UUID id, String personName, String disciplineCode, Set<MemberRole> roles,
            LocalDate validFrom, LocalDate validTo) {

        public boolean isCurrent(LocalDate today) {
            return !validFrom.isAfter(today) && (validTo == null || validTo.isAfter(today));
        }
    }

    public record Network(UUID id, UUID regionId, String name, NetworkLabel label, CoordinatorLabel coordinatorLabel,
            NetworkKind kind, NetworkTheme theme, Integer ageFrom, Integer ageTo, NetworkStatus status,
            LocalDate statusSince, LocalDate activeSince, LocalDate endedOn, AreaBasis areaBasis,
            String sizeJustification, boolean socialDomainLinked, String socialDomainLink, List<String> serviceArea,
            List<UUID> servedPractices, Set<String> countedSocialFunctions, Map<String, String> nonParticipation,
            List<Member> members) {
    }

    private final List<Region> regions;
    private final List<Network> networks;
    private final List<Practice> practices;

    private SyntheticNetworks(List<Region> regions, List<Network> networks, List<Practice> practices) {
        this.regions = List.copyOf(regions);
        this.networks = List.copyOf(networks);
        this.practices = List.copyOf(practices);
    }

    public List<Region> regions() {
        return regions;
    }

    /** Core and thematic networks, region by region. */
    public List<Network> networks() {
        return networks;
    }

    public List<Practice> practices() {
        return practices;
    }

    public long coreNetworks() {
        return networks.stream().filter(network -> network.kind() == NetworkKind.CORE).count();
    }

    public long members() {
        return networks.stream().mapToLong(network -> network.members().size()).sum();
    }

    /** Generates {@code regionCount} regions with exactly {@code coreNetworkCount} core networks between them. */
    public static SyntheticNetworks generate(long seed, SyntheticCountry country, int regionCount,
            int coreNetworkCount) {
        return new Generator(seed, country).generate(regionCount, coreNetworkCount);
    }

    private static final class Generator {

        private final long seed;
        private final SyntheticCountry country;
        private final Random random;
        private final List<Region> regions = new ArrayList<>();
        private final List<Network> networks = new ArrayList<>();
        private final List<Practice> practices = new ArrayList<>();
        private final Map<String, String> municipalityNames = new LinkedHashMap<>();
        private int memberNumber;

        Generator(long seed, SyntheticCountry country) {
            this.seed = seed;
            this.country = country;
            country.municipalities().forEach(municipality -> municipalityNames.put(municipality.code(),
                    municipality.name()));
            this.random = new Random(seed ^ 0x5EEDL);
        }

        SyntheticNetworks generate(int regionCount, int coreNetworkCount) {
            List<SyntheticCountry.Municipality> municipalities = country.municipalities();
            double[] regionWeights = new double[regionCount];
            for (int r = 0; r < regionCount; r++) {
                regionWeights[r] = 0.5 + random.nextDouble();
            }
            int[] municipalitiesPerRegion = SyntheticCountry.apportion(regionWeights, municipalities.size(), 3);
            List<List<Neighbourhood>> hoodsPerRegion = new ArrayList<>();
            double[] population = new double[regionCount];
            int next = 0;
            for (int r = 0; r < regionCount; r++) {
                List<String> codes = new ArrayList<>();
                for (int i = 0; i < municipalitiesPerRegion[r]; i++) {
                    codes.add(municipalities.get(next++).code());
                }
                Set<String> covered = Set.copyOf(codes);
                List<Neighbourhood> hoods = country.neighbourhoods().stream()
                        .filter(hood -> covered.contains(hood.municipalityCode())).toList();
                hoodsPerRegion.add(hoods);
                population[r] = hoods.stream().mapToLong(Neighbourhood::inhabitantsOrZero).sum();
                regions.add(region(r, codes));
            }
            int[] corePerRegion = SyntheticCountry.apportion(population, coreNetworkCount, 1);
            for (int r = 0; r < regionCount; r++) {
                coreNetworks(regions.get(r), hoodsPerRegion.get(r), corePerRegion[r]);
                thematicNetworks(r, regions.get(r), hoodsPerRegion.get(r));
            }
            return new SyntheticNetworks(regions, networks, practices);
        }

        private Region region(int index, List<String> municipalityCodes) {
            int number = index + 1;
            // two rural regions advise smaller networks, one urban region larger ones
            int min = number % 9 == 7 ? 8_000 : number % 13 == 12 ? 12_000 : 10_000;
            int max = number % 13 == 12 ? 25_000 : 20_000;
            Set<String> expected = new TreeSet<>();
            if (number % 5 == 2) {
                expected.add("PHYSIOTHERAPIST");
            }
            if (number % 7 == 3) {
                expected.add("MENTAL_HEALTH");
            }
            List<Stakeholder> stakeholders = List.of(
                    new Stakeholder("HEALTH_INSURER", "Proefverzekeraar " + (1 + index % 4),
                            "Contactpersoon zorginkoop",
                            "zorginkoop@verzekeraar.invalid"),
                    new Stakeholder("MUNICIPALITY", municipalityNames.get(municipalityCodes.get(0)),
                            "Beleidsadviseur Wmo", "wmo@gemeente.invalid"));
            return new Region(id("region", number), "Proefregio %02d".formatted(number), municipalityCodes, min, max,
                    expected, stakeholders);
        }

        private void coreNetworks(Region region, List<Neighbourhood> hoods, int count) {
            double[] weights = new double[count];
            for (int i = 0; i < count; i++) {
                double roll = random.nextDouble();
                weights[i] = roll < 0.06 ? SMALL : roll < 0.11 ? LARGE : 0.85 + 0.3 * random.nextDouble();
            }
            int[] ends = boundaries(hoods, weights);
            int start = 0;
            for (int i = 0; i < count; i++) {
                int number = networks.size() + 1;
                String municipality = municipalityNames.get(hoods.get(start).municipalityCode());
                List<String> area = new ArrayList<>();
                for (int h = start; h < ends[i]; h++) {
                    area.add(hoods.get(h).code());
                }
                if (area.size() > 1 && random.nextDouble() < GAP_RATE) {
                    area.remove(area.size() - 1);
                }
                if (i + 1 < count && random.nextDouble() < OVERLAP_RATE) {
                    area.add(hoods.get(ends[i]).code());
                }
                start = ends[i];
                double roll = random.nextDouble();
                NetworkStatus status = roll < 0.035 ? NetworkStatus.IN_FORMATION : roll < 0.05 ? NetworkStatus.PAUSED
                        : roll < 0.055 ? NetworkStatus.ENDED : NetworkStatus.ACTIVE;
                boolean deviating = weights[i] == SMALL || weights[i] == LARGE;
                String justification = deviating && random.nextDouble() < 0.4
                        ? "Afgestemd met de RESV: het werkgebied volgt de huisartsenpraktijken en de dorpskernen."
                        : null;
                boolean linked = random.nextDouble() < 0.05;
                Set<String> functions = random.nextDouble() < 0.08
                        ? Set.of("NEIGHBOURHOOD_TEAM", "DISTRICT_TEAM_MEMBER") : Set.of();
                Map<String, String> reasons = new LinkedHashMap<>();
                List<Member> members = coreMembers(region, linked, reasons);
                networks.add(new Network(id("network", number), region.id(),
                        "Wijkverband %04d %s".formatted(number, municipality), pick(NetworkLabel.values()),
                        pick(CoordinatorLabel.values()), NetworkKind.CORE, null, null, null, status, STARTED,
                        status == NetworkStatus.IN_FORMATION ? null : STARTED,
                        status == NetworkStatus.ENDED ? ENDED : null, AreaBasis.NEIGHBOURHOODS, justification, linked,
                        linked ? "Het buurtteam sluit aan via het wijkteamoverleg." : null, area, List.of(), functions,
                        reasons, members));
            }
        }

        /** The end (exclusive) of each network's run of neighbourhoods: cut at the weights' share of population. */
        private static int[] boundaries(List<Neighbourhood> hoods, double[] weights) {
            int count = weights.length;
            double total = hoods.stream().mapToLong(Neighbourhood::inhabitantsOrZero).sum();
            double weightSum = java.util.Arrays.stream(weights).sum();
            int[] ends = new int[count];
            double target = 0;
            double cumulative = 0;
            int h = 0;
            for (int i = 0; i < count; i++) {
                target += total * weights[i] / weightSum;
                int minimum = (i == 0 ? 0 : ends[i - 1]) + 1;
                int maximum = hoods.size() - (count - 1 - i);
                while (h < maximum && (h < minimum || cumulative + hoods.get(h).inhabitantsOrZero() / 2.0 < target)) {
                    cumulative += hoods.get(h++).inhabitantsOrZero();
                }
                ends[i] = i == count - 1 ? hoods.size() : h;
            }
            return ends;
        }

        private List<Member> coreMembers(Region region, boolean socialDomainLinked, Map<String, String> reasons) {
            List<Member> members = new ArrayList<>();
            members.add(member("GP", random.nextDouble() < 0.02 ? roles() : random.nextDouble() < 0.3
                    ? roles(MemberRole.LIAISON, MemberRole.DELEGATE) : roles(MemberRole.LIAISON)));
            members.add(member("GP", roles()));
            members.add(member("PRACTICE_NURSE", roles()));
            members.add(member("DISTRICT_NURSE_S1", roles(MemberRole.LIAISON)));
            members.add(member("DISTRICT_NURSE_S2", roles()));
            double pharmacist = random.nextDouble();
            if (pharmacist < 0.06) {
                if (random.nextDouble() < 0.33) {
                    reasons.put("SEAT:PHARMACIST", "De apotheek neemt deel via het regionale farmacotherapieoverleg.");
                }
            } else {
                members.add(member("PHARMACIST", pharmacist < 0.08 ? roles() : roles(MemberRole.LIAISON)));
            }
            if (!socialDomainLinked && random.nextDouble() >= 0.03) {
                String discipline = pick(new String[] {"SOCIAL_WORKER", "NEIGHBOURHOOD_TEAM", "DISTRICT_TEAM_MEMBER"});
                members.add(member(discipline, roles(MemberRole.LIAISON)));
            }
            if (random.nextDouble() >= 0.04) {
                members.add(member("NETWORK_COORDINATOR", random.nextBoolean() ? roles(MemberRole.COORDINATOR)
                        : roles(MemberRole.COORDINATOR, MemberRole.CHAIR)));
            }
            optional(members, "PHYSIOTHERAPIST", region.expectedDisciplines().contains("PHYSIOTHERAPIST") ? 0.9 : 0.7);
            optional(members, "MENTAL_HEALTH", region.expectedDisciplines().contains("MENTAL_HEALTH") ? 0.85 : 0.4);
            optional(members, "WMO_CONSULTANT", 0.5);
            optional(members, "ELDERLY_ADVISOR", 0.4);
            optional(members, "YOUTH_HEALTH", 0.3);
            optional(members, "COMMUNITY_POLICE", 0.3);
            optional(members, "DEMENTIA_CASE_MANAGER", 0.3);
            if (random.nextDouble() < 0.2) {
                members.add(new Member(id("member", ++memberNumber), personName(), "PHARMACIST",
                        roles(MemberRole.LIAISON), JOINED, LEFT));
            }
            return members;
        }

        private void thematicNetworks(int index, Region region, List<Neighbourhood> hoods) {
            Map<String, List<String>> byMunicipality = new LinkedHashMap<>();
            Map<String, List<String>> byDistrict = new LinkedHashMap<>();
            for (Neighbourhood hood : hoods) {
                byMunicipality.computeIfAbsent(hood.municipalityCode(), key -> new ArrayList<>()).add(hood.code());
                byDistrict.computeIfAbsent(hood.districtCode(), key -> new ArrayList<>()).add(hood.code());
            }
            List<List<String>> municipalityAreas = new ArrayList<>(byMunicipality.values());
            String regionNumber = region.name().substring(region.name().length() - 2);
            thematic(region, "Eerste 1000 dagen " + regionNumber, NetworkTheme.FIRST_1000_DAYS, null, null,
                    municipalityAreas.get(0), List.of(), "MIDWIFE", "YOUTH_HEALTH", "NEIGHBOURHOOD_TEAM", "GP");
            thematic(region, "Jeugdnetwerk " + regionNumber, NetworkTheme.YOUTH, 0, 18,
                    municipalityAreas.get(Math.min(1, municipalityAreas.size() - 1)), List.of(), "WELFARE_WORKER",
                    "SOCIAL_WORKER", "PRACTICE_NURSE", "YOUTH_HEALTH");
            thematic(region, "Schoolteam " + regionNumber, NetworkTheme.SCHOOL_TEAM, 4, 12,
                    byDistrict.values().iterator().next(), List.of(), "PRIMARY_SCHOOL", "YOUTH_HEALTH",
                    "SOCIAL_WORKER");
            List<UUID> served = new ArrayList<>();
            for (int p = 0; p < 2 + index % 2; p++) {
                int number = practices.size() + 1;
                Practice practice = new Practice(id("practice", number),
                        "Huisartsenpraktijk Proef %03d".formatted(number), "01%06d".formatted(number),
                        1_800 + random.nextInt(1_500));
                practices.add(practice);
                served.add(practice.id());
            }
            thematic(region, "Ouderenteam " + regionNumber, NetworkTheme.ELDERLY_TEAM, null, null, List.of(), served,
                    "GP", "PRACTICE_NURSE", "DISTRICT_NURSE", "ELDERLY_ADVISOR", "DEMENTIA_CASE_MANAGER");
            if (index % 3 == 0) {
                thematic(region, "Netwerk GGZ in de wijk " + regionNumber, NetworkTheme.OTHER, null, null,
                        municipalityAreas.get(municipalityAreas.size() - 1), List.of(), "MENTAL_HEALTH",
                        "SOCIAL_WORKER", "GP");
            }
        }

        private void thematic(Region region, String name, NetworkTheme theme, Integer ageFrom, Integer ageTo,
                List<String> area, List<UUID> served, String... disciplines) {
            int number = networks.size() + 1;
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < disciplines.length; i++) {
                // one in ten thematic networks misses its last discipline
                if (i < disciplines.length - 1 || random.nextDouble() >= 0.1) {
                    members.add(member(disciplines[i], i == 0 ? roles(MemberRole.COORDINATOR) : roles()));
                }
            }
            networks.add(new Network(id("network", number), region.id(), name, NetworkLabel.WIJKNETWERK,
                    CoordinatorLabel.COORDINATOR, NetworkKind.THEMATIC, theme, ageFrom, ageTo, NetworkStatus.ACTIVE,
                    STARTED, STARTED, null, served.isEmpty() ? AreaBasis.NEIGHBOURHOODS : AreaBasis.PRACTICES, null,
                    false, null, area, served, Set.of(), Map.of(), members));
        }

        private void optional(List<Member> members, String discipline, double chance) {
            if (random.nextDouble() < chance) {
                members.add(member(discipline, roles()));
            }
        }

        private Member member(String discipline, Set<MemberRole> roles) {
            return new Member(id("member", ++memberNumber), personName(), discipline, roles, JOINED, null);
        }

        /** Obviously made-up names: never real persons. */
        private String personName() {
            return "Proeflid %06d".formatted(memberNumber);
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private UUID id(String kind, int number) {
            return UUID.nameUUIDFromBytes(("hecht-bench/" + seed + "/" + kind + "/" + number)
                    .getBytes(StandardCharsets.UTF_8));
        }

        private static Set<MemberRole> roles(MemberRole... roles) {
            Set<MemberRole> set = EnumSet.noneOf(MemberRole.class);
            set.addAll(List.of(roles));
            return Set.copyOf(set);
        }
    }
}
