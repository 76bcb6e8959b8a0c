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
import java.util.TreeMap;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.area.Areas;
import nl.hecht.area.Municipality;
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
import nl.hecht.network.internal.discipline.Discipline;
import nl.hecht.network.internal.discipline.Disciplines;
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
 * Regio Voorbeeld's networks on the demo geography of the area module (see docs/area.md: the codes and names of
 * {@code DemoGeography} are stable), chosen by district so that the coverage analysis shows each kind of finding
 * exactly once on purpose:
 * <ul>
 * <li>eight core networks, one per district of Voorbeeldstad and two for the villages of Maasheuvel, all within the
 * advised 10,000–20,000 inhabitants except two;</li>
 * <li>one gap: Kadewijk (Haven) is in no network;</li>
 * <li>one overlap: Wijkverband Oost also claims Vismarkt, which belongs to Wijkverband Centrum;</li>
 * <li>one network too small (Haven without Kadewijk, about 6,300 inhabitants) and one more too small with a recorded
 * justification (Maasdorp, about 6,400);</li>
 * <li>one network without a pharmacist (Oost, the demo coordinator's network); the demo pharmacist is linked by his
 * account where he serves: as liaison in Centrum, and for his own pharmacy (Apotheek Het Plein) in West and in the
 * elderly team;</li>
 * <li>one network in formation, without a coordinator yet (West: its neighbourhoods are not yet covered), and
 * without the physiotherapist the region expects beyond the core players;</li>
 * <li>three thematic networks (first 1000 days over Centrum and Noord, youth 4–18 over Zuid, an elderly team around
 * two GP practices) that overlap core networks without counting as overlap.</li>
 * </ul>
 * Does nothing when the demo geography is not there, or when the region exists already. Deterministic: the same
 * networks and members on every run. All people are fictional.
 */
@Component
class NetworkDemoData implements DemoData {

    static final String REGION = "Regio Voorbeeld";
    private static final Logger log = LoggerFactory.getLogger(NetworkDemoData.class);
    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    private static final MunicipalityCode CITY = new MunicipalityCode("GM9901");
    private static final MunicipalityCode VILLAGES = new MunicipalityCode("GM9902");
    /** The neighbourhood no network serves (Kadewijk, district Haven). */
    private static final NeighbourhoodCode GAP = new NeighbourhoodCode("BU99010603");
    /** The neighbourhood two core networks claim (Vismarkt, district Centrum, bordering Oost). */
    private static final NeighbourhoodCode OVERLAP = new NeighbourhoodCode("BU99010106");

    /** Who the members of a core network are. */
    private enum Team {
        /** GP, district nurse, pharmacist and social domain, each with a liaison, and a coordinator. */
        COMPLETE,
        /** Like {@link #COMPLETE}, with the demo pharmacist's account as the pharmacists' liaison. */
        WITH_DEMO_PHARMACIST,
        /** The demo coordinator's network: the demo coordinator, nurse and social worker, and no pharmacist. */
        WITHOUT_PHARMACIST,
        /** In formation: the first parties are there, without liaisons or a coordinator. */
        FORMING
    }

    /**
     * A core network of the demo: its name, the districts it serves, a neighbourhood it claims besides them and one
     * it leaves out, whether it is active, its size justification, its GP practice and pharmacy, and who are in it.
     */
    private record CorePlan(String name, List<String> districts, NeighbourhoodCode plus, NeighbourhoodCode minus,
            boolean active, String justification, String gp, String pharmacy, Team team) {
    }

    private static final List<CorePlan> CORE = List.of(
            new CorePlan("Wijkverband Centrum", List.of("WK990101"), null, null, true, null, "Huisartsen Centrum",
                    "Apotheek De Vijzel", Team.WITH_DEMO_PHARMACIST),
            new CorePlan("Wijkverband Noord", List.of("WK990102"), null, null, true, null,
                    "Huisartsenpraktijk De Brug", "Apotheek Oost", Team.COMPLETE),
            new CorePlan("Wijkverband Oost", List.of("WK990103"), OVERLAP, null, true, null,
                    "Huisartsenpraktijk De Linde", null, Team.WITHOUT_PHARMACIST),
            new CorePlan("Wijkverband Haven", List.of("WK990106"), null, GAP, true, null,
                    "Huisartsenpraktijk Het Anker", "Apotheek Oost", Team.COMPLETE),
            new CorePlan("Wijkverband Zuid", List.of("WK990104"), null, null, true, null,
                    "Huisartsenpraktijk Molenzicht", "Apotheek De Vijzel", Team.COMPLETE),
            new CorePlan("Wijkverband West", List.of("WK990105"), null, null, false, null,
                    "Huisartsenpraktijk De Vaart", "Apotheek Het Plein", Team.FORMING),
            new CorePlan("Wijkverband Maasdorp", List.of("WK990201"), null, null, true,
                    "Maasdorp ligt aan de overkant van de Maas, met één huisartsenpraktijk en een eigen dorpsapotheek: "
                            + "kleiner dan het advies, maar dit is de schaal waarop men elkaar kent.",
                    "Huisartsenpraktijk Dorpsstraat", "Dorpsapotheek Voorbeeld", Team.COMPLETE),
            new CorePlan("Wijkverband De Dorpen", List.of("WK990202", "WK990203", "WK990204"), null, null, true, null,
                    "Gezondheidscentrum Oost", "Dorpsapotheek Voorbeeld", Team.COMPLETE));

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
    private final Disciplines disciplines;
    private int personCounter;

    NetworkDemoData(Areas areas, Accounts accounts, Organisations organisations, RegionManagement regions,
            NetworkManagement networks, Disciplines disciplines) {
        this.areas = areas;
        this.accounts = accounts;
        this.organisations = organisations;
        this.regions = regions;
        this.networks = networks;
        this.disciplines = disciplines;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    @Transactional
    public void load() {
        if (regions.regions().stream().anyMatch(r -> r.name().equals(REGION))) {
            return;
        }
        List<Municipality> municipalities = areas.municipalities().stream()
                .filter(m -> m.code().equals(CITY) || m.code().equals(VILLAGES))
                .sorted(Comparator.comparing(m -> m.code().value())).toList();
        Map<String, List<NeighbourhoodCode>> byDistrict = new TreeMap<>();
        areas.neighbourhoodsIn(List.of(CITY, VILLAGES)).forEach(n -> byDistrict
                .computeIfAbsent(n.district().value(), key -> new ArrayList<>()).add(n.code()));
        boolean complete = municipalities.size() == 2 && CORE.stream().flatMap(plan -> plan.districts().stream())
                .allMatch(byDistrict::containsKey) && byDistrict.get("WK990106").contains(GAP)
                && byDistrict.get("WK990101").contains(OVERLAP);
        if (!complete) {
            log.warn("Demo mode: the demo geography of {} is missing; no networks loaded", REGION);
            return;
        }
        personCounter = 0;
        NetworkId south = null;
        RegionId region = regions.create(REGION, List.of(CITY, VILLAGES));
        setUpRegion(region, municipalities);
        for (int i = 0; i < CORE.size(); i++) {
            CorePlan plan = CORE.get(i);
            Set<NeighbourhoodCode> area = new LinkedHashSet<>();
            plan.districts().forEach(district -> area.addAll(byDistrict.get(district)));
            if (plan.plus() != null) {
                area.add(plan.plus());
            }
            if (plan.minus() != null) {
                area.remove(plan.minus());
            }
            NetworkId created = createCore(region, i, plan, List.copyOf(area));
            if (plan.name().equals("Wijkverband Zuid")) {
                south = created;
            }
        }

        List<NeighbourhoodCode> centreAndNorth = new ArrayList<>(byDistrict.get("WK990101"));
        centreAndNorth.addAll(byDistrict.get("WK990102"));
        createThematic(region, NetworkProfile.thematic("1000 dagen Centrum-Noord", NetworkTheme.FIRST_1000_DAYS),
                centreAndNorth, null);
        createThematic(region, new NetworkProfile("Jeugdnetwerk Zuid", NetworkLabel.WIJKNETWERK,
                CoordinatorLabel.VERBINDER, NetworkKind.THEMATIC, NetworkTheme.YOUTH, "Jeugd 4-18 jaar", 4, 18),
                byDistrict.get("WK990104"), null);
        createThematic(region, new NetworkProfile("Ouderenteam De Linde en Het Anker", NetworkLabel.KERNTEAM,
                CoordinatorLabel.ARRANGEUR, NetworkKind.THEMATIC, NetworkTheme.ELDERLY_TEAM, null, null, null),
                List.of(), List.of("Huisartsenpraktijk De Linde", "Huisartsenpraktijk Het Anker"));
        if (south != null) {
            ownSocialFunction(south);
        }
        log.info("Demo mode: region and networks of {} loaded", REGION);
    }

    private void setUpRegion(RegionId region, List<Municipality> municipalities) {
        // The region expects a physiotherapist in its core networks beyond the four core players (R007), so the
        // extended composition shows: present in the active networks, still missing in West (in formation).
        regions.expectDisciplines(region, List.of("PHYSIOTHERAPIST"));
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

    private NetworkId createCore(RegionId region, int index, CorePlan plan, List<NeighbourhoodCode> area) {
        boolean villages = plan.name().equals("Wijkverband De Dorpen");
        NetworkProfile profile = new NetworkProfile(plan.name(),
                villages ? NetworkLabel.KERNTEAM : NetworkLabel.HECHT_WIJKVERBAND,
                plan.team() == Team.WITHOUT_PHARMACIST ? CoordinatorLabel.VERBINDER : CoordinatorLabel.COORDINATOR,
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
        if (plan.team() == Team.WITH_DEMO_PHARMACIST || plan.team() == Team.WITHOUT_PHARMACIST) {
            networks.changeCharter(id, charter(plan.name()), List.of(new DocumentLink(
                    "Regiobeeld en visie eerstelijnszorg Regio Voorbeeld",
                    "https://www.example.org/regio-voorbeeld/visie-eerstelijnszorg.pdf")));
        }
        if (villages) {
            networks.configureComposition(id, true,
                    "Het Sociaal Wijkteam Dorpen is verbonden: schuift elk kwartaal aan en is vast bereikbaar.",
                    List.of());
        }
        addCoreMembers(id, index, plan, villages);
        return id;
    }

    private void addCoreMembers(NetworkId id, int index, CorePlan plan, boolean villages) {
        String gp = plan.gp();
        if (plan.team() == Team.FORMING) {
            // In formation: the first parties are there, there is no coordinator yet.
            member(id, null, gp, "GP", EnumSet.of(MemberRole.LIAISON));
            member(id, null, "Thuiszorg Voorbeeld", "DISTRICT_NURSE", EnumSet.noneOf(MemberRole.class));
            member(id, null, "Buurtteam Voorbeeld", "NEIGHBOURHOOD_TEAM", EnumSet.noneOf(MemberRole.class));
            pharmacist(id, plan.pharmacy(), EnumSet.noneOf(MemberRole.class));
            return;
        }
        if (plan.team() == Team.WITHOUT_PHARMACIST) {
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
        if (plan.team() == Team.WITH_DEMO_PHARMACIST) {
            account(id, "pharmacist", "PHARMACIST", EnumSet.of(MemberRole.LIAISON, MemberRole.DELEGATE));
        } else if (plan.pharmacy() != null) {
            member(id, null, plan.pharmacy(), "PHARMACIST", EnumSet.of(MemberRole.LIAISON, MemberRole.DELEGATE));
        }
        member(id, null, villages ? "Sociaal Wijkteam Dorpen" : "Buurtteam Voorbeeld", "NEIGHBOURHOOD_TEAM",
                EnumSet.noneOf(MemberRole.class));
        member(id, null, "Welzijn Voorbeeld", "ELDERLY_ADVISOR", EnumSet.noneOf(MemberRole.class));
        member(id, null, "Fysiotherapie De Loper", "PHYSIOTHERAPIST", EnumSet.of(MemberRole.LIAISON));
        member(id, null, "GGZ Voorbeeld", "MENTAL_HEALTH", EnumSet.noneOf(MemberRole.class));
        member(id, null, "Zorggroep Avondrood", "ELDERLY_CARE_PHYSICIAN", EnumSet.noneOf(MemberRole.class));
        member(id, null, "Politie Regio Voorbeeld", "COMMUNITY_POLICE", EnumSet.noneOf(MemberRole.class));
        member(id, null, "Zorggroep Avondrood", "DEMENTIA_CASE_MANAGER", EnumSet.noneOf(MemberRole.class));
        member(id, null, null, "WMO_CONSULTANT", EnumSet.noneOf(MemberRole.class));
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
                pharmacist(id, "Apotheek Het Plein", EnumSet.noneOf(MemberRole.class));
                member(id, null, "Welzijn Voorbeeld", "ELDERLY_ADVISOR", EnumSet.noneOf(MemberRole.class));
                member(id, null, "Fysiotherapie De Loper", "PHYSIOTHERAPIST", EnumSet.noneOf(MemberRole.class));
            }
            default -> {
                // Only the three demo themes above.
            }
        }
    }

    /**
     * Zuid names a social-domain function of its own (seed 000: the municipality calls its welfare workers in the
     * neighbourhood "wijkcoach"), and a welfare worker has that function: she counts for the social domain. Added
     * last, so the generated names of the other members stay the same.
     */
    private void ownSocialFunction(NetworkId network) {
        networks.configureComposition(network, false, null, List.of(), List.of("Wijkcoach"));
        String name = "Wendy Wijkcoach";
        UUID organisation = organisations.findByName("Welzijn Voorbeeld").map(o -> o.id().value()).orElse(null);
        networks.addMember(network, new MemberDetails(null, name, organisation, "WELFARE_WORKER", Set.of(), null,
                null, reachability(name, "Welzijn Voorbeeld", "WELFARE_WORKER"), "Wijkcoach"), START);
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

    /**
     * The pharmacist of a pharmacy: the demo pharmacist's account for his own pharmacy (Apotheek Het Plein), anyone else
     * by name. The account takes a name's place in the sequence, so the other members keep their names.
     */
    private void pharmacist(NetworkId network, String pharmacy, Set<MemberRole> roles) {
        var account = accounts.findByUsername("pharmacist");
        if (account.isPresent() && pharmacy != null && pharmacy.equals(account.get().organisation())) {
            account(network, "pharmacist", "PHARMACIST", roles);
            personCounter++;
        } else {
            member(network, null, pharmacy, "PHARMACIST", roles);
        }
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
        return Reachability.typed(phone, local + "@" + domain, care ? "maandag t/m vrijdag" : "maandag, dinsdag, donderdag",
                care ? "08:00-17:00" : "09:00-16:30",
                care ? "Via de huisartsenpost of de dienstdoende collega" : null,
                care ? "Crisis: bel de praktijklijn, optie 1" : null,
                care ? PreferredChannel.PHONE : PreferredChannel.SECURE_MESSAGE,
                "Vragen over samenwerking, verwijzing en " + topic(discipline));
    }

    /** The discipline's Dutch name as a word in a sentence ("huisarts", but "GGZ-professional"). */
    private String topic(String discipline) {
        String name = disciplines.catalogue().find(discipline).map(Discipline::nameNl).orElse(discipline);
        return name.length() > 1 && Character.isLowerCase(name.charAt(1))
                ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
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
