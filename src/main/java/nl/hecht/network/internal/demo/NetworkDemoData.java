package nl.hecht.network.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.area.Areas;
import nl.hecht.area.KeyFigures;
import nl.hecht.area.Municipality;
import nl.hecht.area.Neighbourhood;
import nl.hecht.directory.Organisation;
import nl.hecht.directory.Organisations;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.network.AreaBasis;
import nl.hecht.network.CoordinatorLabel;
import nl.hecht.network.MemberRole;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkLabel;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkTheme;
import nl.hecht.network.OrganisationalModel;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.network.Charter;
import nl.hecht.network.internal.network.DocumentLink;
import nl.hecht.network.internal.network.MemberDetails;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.network.NetworkProfile;
import nl.hecht.network.internal.network.PreferredChannel;
import nl.hecht.network.internal.network.Reachability;
import nl.hecht.network.internal.region.RegionManagement;
import nl.hecht.network.internal.region.StaffRole;
import nl.hecht.network.internal.region.Stakeholder;
import nl.hecht.network.internal.region.StakeholderKind;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.demo.DemoData;

/**
 * Regio Voorbeeld's networks, built deterministically on the demo geography of the area module (whatever its codes:
 * neighbourhoods are taken in municipality, district and code order) so that the coverage analysis shows each kind
 * of finding: eight core networks of which one is in formation (and has no coordinator yet), one deliberately
 * small, one small with a recorded justification, one without a pharmacist, one overlap between two core networks,
 * one gap; three thematic networks (first 1000 days, youth 4–18, an elderly team around two GP practices) that
 * overlap core networks without counting as overlap. Does nothing when there are no areas, or when the region
 * exists already. All people are fictional.
 */
@Component
class NetworkDemoData implements DemoData {

    static final String REGION = "Regio Voorbeeld";
    private static final Logger log = LoggerFactory.getLogger(NetworkDemoData.class);
    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    /** A core network of the demo: its name, target size, whether it is active, and what is special about it. */
    private record CorePlan(String name, int target, boolean small, boolean active, String justification) {
    }

    private static final List<CorePlan> CORE = List.of(
            new CorePlan("Wijkverband Centrum", 0, false, true, null),
            new CorePlan("Wijkverband Noord", 0, false, true, null),
            new CorePlan("Wijkverband Oost", 0, false, true, null),
            new CorePlan("Wijkverband Het Hofje", 6_000, true, true, null),
            new CorePlan("Wijkverband Zuid", 0, false, true, null),
            new CorePlan("Wijkverband West", 0, false, true, null),
            new CorePlan("Wijkverband De Dorpen", 8_000, true, true,
                    "Drie kerkdorpen met één huisartsenpraktijk en een eigen dorpsapotheek: samen kleiner dan het advies, "
                            + "maar dit is de schaal waarop men elkaar kent."),
            new CorePlan("Wijkverband Buitengebied", 0, false, false, null));

    private static final String[] FIRST = { "Anna", "Bram", "Chantal", "Dirk", "Esra", "Floor", "Gijs", "Hanna",
            "Ilse", "Joost", "Kim", "Lars", "Mila", "Nadia", "Otto", "Petra", "Quinten", "Rosa", "Sem", "Tara", "Umut",
            "Vera", "Wout", "Yara", "Zeynep", "Bas", "Lotte", "Mehmet", "Fleur", "Ruud", "Sofie", "Thijs", "Eline" };
    private static final String[] LAST = { "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker",
            "van Dijk", "Smits", "Meijer", "de Graaf", "van der Linden", "Kok", "Brouwer", "Yilmaz", "Willems",
            "Postma", "Kramer", "van Leeuwen", "Prins", "Huisman", "Bakker", "El Amrani", "Verhoeven", "Schouten" };

    private final Areas areas;
    private final Accounts accounts;
    private final Organisations organisations;
    private final RegionManagement regions;
    private final NetworkManagement networks;
    private int personCounter;

    NetworkDemoData(Areas areas, Accounts accounts, Organisations organisations, RegionManagement regions,
            NetworkManagement networks) {
        this.areas = areas;
        this.accounts = accounts;
        this.organisations = organisations;
        this.regions = regions;
        this.networks = networks;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    @Transactional
    public void load() {
        List<Municipality> municipalities = areas.municipalities().stream()
                .sorted(Comparator.comparing(Municipality::code)).limit(2).toList();
        if (municipalities.isEmpty() || regions.regions().stream().anyMatch(r -> r.name().equals(REGION))) {
            return;
        }
        List<MunicipalityCode> codes = municipalities.stream().map(Municipality::code).toList();
        List<Neighbourhood> neighbourhoods = areas.neighbourhoodsIn(codes).stream()
                .sorted(Comparator.comparing(Neighbourhood::municipality).thenComparing(Neighbourhood::district)
                        .thenComparing(Neighbourhood::code))
                .toList();
        if (neighbourhoods.size() < CORE.size() + 2) {
            return;
        }
        personCounter = 0;
        RegionId region = regions.create(REGION, codes);
        setUpRegion(region, municipalities);
        List<List<NeighbourhoodCode>> areasOfCore = divide(neighbourhoods);
        List<NetworkId> core = new ArrayList<>();
        for (int i = 0; i < CORE.size(); i++) {
            core.add(createCore(region, i, CORE.get(i), areasOfCore.get(i)));
        }
        // The overlap: Oost also claims the last neighbourhood of Noord, its neighbour in code order.
        List<NeighbourhoodCode> oost = new ArrayList<>(areasOfCore.get(2));
        oost.add(areasOfCore.get(1).get(areasOfCore.get(1).size() - 1));
        networks.serveNeighbourhoods(core.get(2), oost);

        List<NeighbourhoodCode> centreAndNorth = new ArrayList<>(areasOfCore.get(0));
        centreAndNorth.addAll(areasOfCore.get(1));
        createThematic(region, NetworkProfile.thematic("1000 dagen Centrum-Noord", NetworkTheme.FIRST_1000_DAYS),
                centreAndNorth, null);
        createThematic(region, new NetworkProfile("Jeugdnetwerk Zuid", NetworkLabel.WIJKNETWERK,
                CoordinatorLabel.VERBINDER, NetworkKind.THEMATIC, NetworkTheme.YOUTH, "Jeugd 4-18 jaar", 4, 18),
                areasOfCore.get(4), null);
        createThematic(region, new NetworkProfile("Ouderenteam De Linde en Het Anker", NetworkLabel.KERNTEAM,
                CoordinatorLabel.ARRANGEUR, NetworkKind.THEMATIC, NetworkTheme.ELDERLY_TEAM, null, null, null),
                List.of(), List.of("Huisartsenpraktijk De Linde", "Huisartsenpraktijk Het Anker"));
        log.info("Demo mode: region and networks of {} loaded", REGION);
    }

    private void setUpRegion(RegionId region, List<Municipality> municipalities) {
        accounts.findByUsername("resv").ifPresent(resv -> {
            regions.assign(region, resv.id(), StaffRole.STAFF, null);
            regions.assign(region, resv.id(), StaffRole.PROJECT_LEAD, null);
            municipalities.forEach(m -> regions.assign(region, resv.id(), StaffRole.AREA_MANAGER, m.code()));
        });
        organisations.findByName("Zorgverzekeraar Voorbeeld").ifPresent(insurer -> regions.addStakeholder(region,
                new Stakeholder(StakeholderKind.HEALTH_INSURER, insurer.name(), insurer.id().value(),
                        "Ineke Zorginkoop", "zorginkoop@zorgverzekeraar.hecht-demo.invalid", "030-000 1000")));
        int i = 0;
        for (Municipality municipality : municipalities) {
            regions.addStakeholder(region, new Stakeholder(StakeholderKind.MUNICIPALITY,
                    "Gemeente " + municipality.name(), null, i == 0 ? "Marco Beleid" : "Lieke Sociaal Domein",
                    "wmo@gemeente" + (i + 1) + ".hecht-demo.invalid", "030-000 20" + i + "0"));
            i++;
        }
    }

    /**
     * Divides the neighbourhoods over the core networks in order: the small ones up to their target, the others
     * evenly over what remains, leaving the last neighbourhood(s) (about 3% of inhabitants, at least one) uncovered.
     */
    private List<List<NeighbourhoodCode>> divide(List<Neighbourhood> neighbourhoods) {
        List<NeighbourhoodCode> codes = neighbourhoods.stream().map(Neighbourhood::code).toList();
        Map<NeighbourhoodCode, KeyFigures> figures = areas.latestKeyFigures(codes);
        long[] people = codes.stream().mapToLong(code -> {
            KeyFigures f = figures.get(code);
            return f == null || f.inhabitants() == null ? 1000 : f.inhabitants();
        }).toArray();
        long total = java.util.Arrays.stream(people).sum();
        long small = CORE.stream().filter(CorePlan::small).mapToLong(CorePlan::target).sum();
        long regular = Math.max(1, (long) (total * 0.97 - small) / CORE.stream().filter(p -> !p.small()).count());

        List<List<NeighbourhoodCode>> result = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < CORE.size(); i++) {
            CorePlan plan = CORE.get(i);
            int plansLeft = CORE.size() - i - 1;
            int lastUsable = codes.size() - 1 - plansLeft; // keep one for each later plan and one for the gap
            List<NeighbourhoodCode> part = new ArrayList<>();
            long sum = 0;
            long target = plan.small() ? plan.target() : regular;
            while (next < lastUsable) {
                long nextPeople = people[next];
                boolean take = part.isEmpty() || (plan.small() ? sum + nextPeople <= target : sum + nextPeople / 2 < target);
                if (!take) {
                    break;
                }
                part.add(codes.get(next));
                sum += nextPeople;
                next++;
            }
            result.add(part);
        }
        return result;
    }

    private NetworkId createCore(RegionId region, int index, CorePlan plan, List<NeighbourhoodCode> area) {
        NetworkProfile profile = new NetworkProfile(plan.name(), index == 5 ? NetworkLabel.KERNTEAM
                : NetworkLabel.HECHT_WIJKVERBAND, index == 2 ? CoordinatorLabel.VERBINDER : CoordinatorLabel.COORDINATOR,
                NetworkKind.CORE, null, null, null, null);
        AccountId driver = accounts.findByUsername("resv").map(AccountSummary::id).orElse(null);
        NetworkId id = networks.create(region, profile, AreaBasis.NEIGHBOURHOODS, driver, START);
        networks.serveNeighbourhoods(id, area);
        if (plan.active()) {
            networks.changeStatus(id, NetworkStatus.ACTIVE, START.plusMonths(2 + index % 3));
        }
        if (plan.justification() != null) {
            networks.justifySize(id, plan.justification());
        }
        if (index == 0 || index == 2) {
            networks.changeCharter(id, charter(plan.name()), List.of(new DocumentLink(
                    "Regiobeeld en visie eerstelijnszorg Regio Voorbeeld",
                    "https://www.example.org/regio-voorbeeld/visie-eerstelijnszorg.pdf")));
        }
        if (index == 6) {
            networks.configureComposition(id, true,
                    "Het Sociaal Wijkteam Dorpen is verbonden: schuift elk kwartaal aan en is vast bereikbaar.",
                    List.of());
        }
        addCoreMembers(id, index, plan);
        return id;
    }

    private void addCoreMembers(NetworkId id, int index, CorePlan plan) {
        String gp = gpPracticeFor(index);
        String pharmacy = index % 2 == 0 ? "Apotheek De Vijzel" : "Apotheek Oost";
        if (index == 6) {
            pharmacy = "Dorpsapotheek Voorbeeld";
        }
        if (!plan.active()) {
            // In formation: the first parties are there, there is no coordinator yet.
            member(id, null, gp, "GP", EnumSet.of(MemberRole.LIAISON));
            member(id, null, "Thuiszorg Voorbeeld", "DISTRICT_NURSE", EnumSet.noneOf(MemberRole.class));
            member(id, null, "Buurtteam Voorbeeld", "NEIGHBOURHOOD_TEAM", EnumSet.noneOf(MemberRole.class));
            member(id, null, pharmacy, "PHARMACIST", EnumSet.noneOf(MemberRole.class));
            return;
        }
        if (index == 2) {
            account(id, "coordinator", "GP", EnumSet.of(MemberRole.COORDINATOR, MemberRole.LIAISON, MemberRole.CHAIR));
            account(id, "nurse", "DISTRICT_NURSE_S1", EnumSet.of(MemberRole.LIAISON, MemberRole.DELEGATE));
            account(id, "socialworker", "SOCIAL_WORKER", EnumSet.of(MemberRole.LIAISON));
        } else {
            member(id, null, gp, "GP", EnumSet.of(MemberRole.LIAISON, MemberRole.DELEGATE));
            member(id, null, "Welzijn Voorbeeld", "NETWORK_COORDINATOR", EnumSet.of(MemberRole.COORDINATOR));
            member(id, null, "Thuiszorg Voorbeeld", "DISTRICT_NURSE_S1", EnumSet.of(MemberRole.LIAISON, MemberRole.CHAIR));
            member(id, null, "Welzijn Voorbeeld", "SOCIAL_WORKER", EnumSet.of(MemberRole.LIAISON));
        }
        member(id, null, gp, "GP", EnumSet.noneOf(MemberRole.class));
        member(id, null, gp, "PRACTICE_NURSE", EnumSet.noneOf(MemberRole.class));
        member(id, null, "Wijkverpleging Samen", "DISTRICT_NURSE_S2", EnumSet.noneOf(MemberRole.class));
        if (index == 0) {
            account(id, "pharmacist", "PHARMACIST", EnumSet.of(MemberRole.LIAISON, MemberRole.DELEGATE));
        } else if (index != 2) {
            member(id, null, pharmacy, "PHARMACIST", EnumSet.of(MemberRole.LIAISON, MemberRole.DELEGATE));
        }
        member(id, null, index == 6 ? "Sociaal Wijkteam Dorpen" : "Buurtteam Voorbeeld", "NEIGHBOURHOOD_TEAM",
                EnumSet.noneOf(MemberRole.class));
        member(id, null, "Welzijn Voorbeeld", "ELDERLY_ADVISOR", EnumSet.noneOf(MemberRole.class));
        member(id, null, "Fysiotherapie De Loper", "PHYSIOTHERAPIST", EnumSet.of(MemberRole.LIAISON));
        member(id, null, "GGZ Voorbeeld", "MENTAL_HEALTH", EnumSet.noneOf(MemberRole.class));
        member(id, null, "Zorggroep Avondrood", "ELDERLY_CARE_PHYSICIAN", EnumSet.noneOf(MemberRole.class));
        member(id, null, "Politie Regio Voorbeeld", "COMMUNITY_POLICE", EnumSet.noneOf(MemberRole.class));
        if (index % 2 == 1) {
            member(id, null, "Diëtistenpraktijk Smaakvol", "DIETITIAN", EnumSet.noneOf(MemberRole.class));
            member(id, null, null, "EXPERT_BY_EXPERIENCE", EnumSet.noneOf(MemberRole.class));
        }
    }

    private void createThematic(RegionId region, NetworkProfile profile, List<NeighbourhoodCode> area,
            List<String> practices) {
        AccountId driver = accounts.findByUsername("resv").map(AccountSummary::id).orElse(null);
        NetworkId id = networks.create(region, profile,
                practices == null ? AreaBasis.NEIGHBOURHOODS : AreaBasis.PRACTICES, driver, START);
        if (practices == null) {
            networks.serveNeighbourhoods(id, area);
        } else {
            networks.servePractices(id, practices.stream().map(organisations::findByName)
                    .flatMap(java.util.Optional::stream).map(o -> o.id().value()).toList());
        }
        networks.changeStatus(id, NetworkStatus.ACTIVE, START.plusMonths(3));
        switch (profile.theme()) {
            case FIRST_1000_DAYS -> {
                member(id, null, "Verloskundigenpraktijk De Wieg", "MIDWIFE", EnumSet.of(MemberRole.COORDINATOR));
                member(id, null, "Verloskundigenpraktijk De Wieg", "MIDWIFE", EnumSet.noneOf(MemberRole.class));
                member(id, null, "JGZ Regio Voorbeeld", "YOUTH_HEALTH", EnumSet.of(MemberRole.LIAISON));
                member(id, null, "JGZ Regio Voorbeeld", "YOUTH_HEALTH", EnumSet.noneOf(MemberRole.class));
                member(id, null, "Buurtteam Voorbeeld", "NEIGHBOURHOOD_TEAM", EnumSet.of(MemberRole.LIAISON));
                member(id, null, "Huisartsenpraktijk De Brug", "GP", EnumSet.of(MemberRole.LIAISON));
                member(id, null, "Kinderdagverblijf Hummeltjes", "CHILDCARE_WORKER", EnumSet.noneOf(MemberRole.class));
                member(id, null, "Thuiszorg Voorbeeld", "DISTRICT_NURSE", EnumSet.noneOf(MemberRole.class));
                member(id, null, "Veilig Thuis Regio Voorbeeld", "VEILIG_THUIS", EnumSet.noneOf(MemberRole.class));
            }
            case YOUTH -> {
                member(id, null, "Welzijn Voorbeeld", "WELFARE_WORKER", EnumSet.of(MemberRole.COORDINATOR));
                member(id, null, "Buurtteam Voorbeeld", "NEIGHBOURHOOD_TEAM", EnumSet.of(MemberRole.LIAISON));
                member(id, null, "Huisartsenpraktijk Molenzicht", "PRACTICE_NURSE", EnumSet.of(MemberRole.LIAISON));
                member(id, null, "GGZ Voorbeeld", "MENTAL_HEALTH", EnumSet.noneOf(MemberRole.class));
                member(id, null, "Jellinek Preventie Voorbeeld", "PREVENTION_WORKER", EnumSet.noneOf(MemberRole.class));
                member(id, null, "Kinderfysiotherapie Springveer", "PAEDIATRIC_PHYSIOTHERAPIST",
                        EnumSet.noneOf(MemberRole.class));
                member(id, null, "Basisschool De Regenboog", "PRIMARY_SCHOOL", EnumSet.noneOf(MemberRole.class));
                member(id, null, "JGZ Regio Voorbeeld", "YOUTH_HEALTH", EnumSet.noneOf(MemberRole.class));
                member(id, null, "Politie Regio Voorbeeld", "COMMUNITY_POLICE", EnumSet.noneOf(MemberRole.class));
            }
            case ELDERLY_TEAM -> {
                account(id, "coordinator", "GP", EnumSet.of(MemberRole.LIAISON));
                member(id, null, "Huisartsenpraktijk De Linde", "PRACTICE_NURSE", EnumSet.of(MemberRole.COORDINATOR));
                member(id, null, "Huisartsenpraktijk Het Anker", "GP", EnumSet.noneOf(MemberRole.class));
                member(id, null, "Huisartsenpraktijk Het Anker", "PRACTICE_NURSE", EnumSet.noneOf(MemberRole.class));
                member(id, null, "Thuiszorg Voorbeeld", "DISTRICT_NURSE", EnumSet.of(MemberRole.LIAISON));
                member(id, null, "Buurtteam Voorbeeld", "NEIGHBOURHOOD_TEAM", EnumSet.of(MemberRole.LIAISON));
                member(id, null, "Zorggroep Avondrood", "DEMENTIA_CASE_MANAGER", EnumSet.noneOf(MemberRole.class));
                member(id, null, "Zorggroep Avondrood", "ELDERLY_CARE_PHYSICIAN", EnumSet.noneOf(MemberRole.class));
                member(id, null, "Apotheek Het Plein", "PHARMACIST", EnumSet.noneOf(MemberRole.class));
                member(id, null, "Welzijn Voorbeeld", "ELDERLY_ADVISOR", EnumSet.noneOf(MemberRole.class));
                member(id, null, "Fysiotherapie De Loper", "PHYSIOTHERAPIST", EnumSet.noneOf(MemberRole.class));
            }
            default -> {
                // Only the three demo themes above.
            }
        }
    }

    private static String gpPracticeFor(int index) {
        return switch (index) {
            case 0 -> "Huisartsen Centrum";
            case 1 -> "Huisartsenpraktijk De Brug";
            case 2 -> "Huisartsenpraktijk De Linde";
            case 3 -> "Huisartsenpraktijk Het Anker";
            case 4 -> "Huisartsenpraktijk Molenzicht";
            case 5 -> "Gezondheidscentrum Oost";
            case 6 -> "Huisartsenpraktijk Dorpsstraat";
            default -> "Huisartsenpraktijk De Vaart";
        };
    }

    private void account(NetworkId network, String username, String discipline, Set<MemberRole> roles) {
        accounts.findByUsername(username).ifPresentOrElse(account -> {
            UUID organisation = account.organisation() == null ? null
                    : organisations.findByName(account.organisation()).map(o -> o.id().value()).orElse(null);
            networks.addMember(network, new MemberDetails(account.id().value(), account.displayName(), organisation,
                    discipline, roles, mandate(roles), taskPackage(roles), reachability(account.displayName(),
                            account.organisation(), discipline)), START);
        }, () -> member(network, null, null, discipline, roles));
    }

    private void member(NetworkId network, UUID account, String organisationName, String discipline,
            Set<MemberRole> roles) {
        String name = FIRST[(personCounter * 7) % FIRST.length] + " " + LAST[(personCounter * 11) % LAST.length];
        personCounter++;
        UUID organisation = organisationName == null ? null
                : organisations.findByName(organisationName).map(Organisation::id).map(o -> o.value()).orElse(null);
        networks.addMember(network, new MemberDetails(account, name, organisation, discipline, roles, mandate(roles),
                taskPackage(roles), reachability(name, organisationName, discipline)), START);
    }

    private static String mandate(Set<MemberRole> roles) {
        return roles.contains(MemberRole.DELEGATE)
                ? "Mag namens de beroepsgroep in de wijk afspraken maken over samenwerking en verwijzing; "
                        + "financiële afspraken gaan via het RESV."
                : null;
    }

    private static String taskPackage(Set<MemberRole> roles) {
        if (roles.contains(MemberRole.COORDINATOR)) {
            return "Netwerkoverleg voorbereiden en voorzitten, knelpunten verzamelen, contact met het RESV.";
        }
        return roles.contains(MemberRole.LIAISON) ? "Vast aanspreekpunt voor de eigen discipline in de wijk." : null;
    }

    private Reachability reachability(String name, String organisation, String discipline) {
        String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".");
        String domain = organisation == null ? "hecht-demo.invalid"
                : organisation.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + ".hecht-demo.invalid";
        String phone = String.format(Locale.ROOT, "06-0000 %04d", 1000 + personCounter);
        boolean care = discipline.startsWith("GP") || discipline.startsWith("DISTRICT_NURSE")
                || discipline.equals("PHARMACIST");
        return new Reachability(phone, local + "@" + domain, care ? "maandag t/m vrijdag" : "maandag, dinsdag, donderdag",
                care ? "08:00-17:00" : "09:00-16:30",
                care ? "Via de huisartsenpost of de dienstdoende collega" : null,
                care ? "Crisis: bel de praktijklijn, optie 1" : null,
                care ? PreferredChannel.PHONE : PreferredChannel.SECURE_MESSAGE,
                "Vragen over samenwerking, verwijzing en " + discipline.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    private static Charter charter(String name) {
        return new Charter(
                "Wij zijn de professionals van " + name + ": samen zorgen wij dat inwoners met meerdere vragen één "
                        + "aanspreekpunt hebben en snel de juiste hulp krijgen.",
                "Interdisciplinair: we delen de ambitie om kwetsbare ouderen en gezinnen eerder te zien, en zien "
                        + "elkaar als gelijkwaardige partners.",
                "Een vaste samenstelling voor twee jaar; wisselingen melden we in het netwerkoverleg. Geen eigen "
                        + "rechtspersoon; uren worden gefaciliteerd door de eigen organisaties.",
                "Casuïstiek (MDO) en een wijkspecifiek zorgpad voor kwetsbare ouderen; preventie samen met de "
                        + "sociale basis.",
                "Lessen delen we in het bestaande overleg; wat we in de wijk niet oplossen, brengen we naar het RESV.",
                OrganisationalModel.AGREEMENT);
    }
}
