package nl.hecht.network.internal.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.area.Areas;
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
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.network.ContactPoint;
import nl.hecht.network.internal.network.MemberDetails;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkConnections;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.network.NetworkProfile;
import nl.hecht.network.internal.network.NetworkRelation;
import nl.hecht.network.internal.network.PreferredChannel;
import nl.hecht.network.internal.network.Reachability;
import nl.hecht.network.internal.region.RegionManagement;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.demo.DemoData;

/**
 * Regio Voorbeeld's networks of issue 11 on top of {@link NetworkDemoData}, through the same domain services as the
 * screens:
 * <ul>
 * <li>a school team (seed 001, R141) over Zuid, with the casusregie made explicit in its coordinator's task
 * package, and a GGZ-themed network over Haven and West;</li>
 * <li>a practice-based elderly team in formation (Ouderenteam Oost, R136), coordinated by the demo coordinator, whose
 * GP practices were chosen as on its practice screen (their list sizes summed);</li>
 * <li>the core networks each thematic network works with (R157), shown on both networks' pages;</li>
 * <li>contact points (R054, R092) for the demo coordinator's network and for Centrum, and task packages and mandates
 * (R046, R048) on the new networks' members.</li>
 * </ul>
 * The new networks have a complete composition and a coordinator, so the coverage analysis shows the same findings
 * as before; the elderly team is in formation, so it adds no collaboration evidence to the analysis of Oost. Does
 * nothing without the demo region, or when its networks are there already. All people are fictional.
 */
@Component
class ConnectionsDemoData implements DemoData {

    static final String SCHOOL_TEAM = "Schoolteam Zuid";
    static final String GGZ_NETWORK = "GGZ-netwerk Haven en West";
    static final String ELDERLY_TEAM = "Ouderenteam Oost";

    private static final Logger log = LoggerFactory.getLogger(ConnectionsDemoData.class);
    private static final LocalDate START = LocalDate.of(2025, 3, 3);
    private static final MunicipalityCode CITY = new MunicipalityCode("GM9901");

    private static final String[] NAMES = { "Iris Versteeg", "Jamal Bouzid", "Marloes Kuipers", "Daan Oosterhout",
            "Selin Aydin", "Hester Wolters", "Niels Terpstra", "Aylin Demir", "Roos van Vliet", "Koen Hermans",
            "Fatima Ouali", "Bart Jonker", "Lieke Span", "Tim Verbeek", "Nora Haddou", "Wessel Roos", "Gerda Pol",
            "Youssef Amrani", "Evi Lammers", "Mark Timmer", "Saskia Dijkman", "Olaf Wind", "Dewi Santoso" };

    private final Areas areas;
    private final Accounts accounts;
    private final Organisations organisations;
    private final RegionManagement regions;
    private final NetworkManagement networks;
    private final NetworkConnections connections;
    private int person;

    ConnectionsDemoData(Areas areas, Accounts accounts, Organisations organisations, RegionManagement regions,
            NetworkManagement networks, NetworkConnections connections) {
        this.areas = areas;
        this.accounts = accounts;
        this.organisations = organisations;
        this.regions = regions;
        this.networks = networks;
        this.connections = connections;
    }

    @Override
    public int order() {
        return 37;
    }

    @Override
    @Transactional
    public void load() {
        Optional<RegionId> found = regions.regions().stream()
                .filter(region -> region.name().equals(NetworkDemoData.REGION)).map(r -> r.id()).findFirst();
        if (found.isEmpty()) {
            return;
        }
        RegionId region = found.get();
        List<Network> existing = networks.networksIn(region);
        if (existing.stream().anyMatch(network -> network.name().equals(SCHOOL_TEAM))
                || network(existing, "Wijkverband Zuid").isEmpty()) {
            return;
        }
        person = 0;
        AccountId driver = accounts.findByUsername("resv").map(AccountSummary::id).orElse(null);

        NetworkId school = networks.create(region, new NetworkProfile(SCHOOL_TEAM, NetworkLabel.WIJKNETWERK,
                CoordinatorLabel.COORDINATOR, NetworkKind.THEMATIC, NetworkTheme.SCHOOL_TEAM,
                "Basisonderwijs en voorschool in Zuid", null, null), AreaBasis.NEIGHBOURHOODS, driver, START);
        networks.serveNeighbourhoods(school, district("WK990104"));
        networks.changeStatus(school, NetworkStatus.ACTIVE, START.plusMonths(2));
        member(school, "Basisschool De Regenboog", "PRIMARY_SCHOOL", EnumSet.of(MemberRole.COORDINATOR),
                "Intern begeleider; zit het schoolteam voor. Casusregie: bij de school zolang het om leren gaat, bij "
                        + "het buurtteam jeugd zodra er thuis meer speelt. Dat spreken we per kind af.",
                null);
        member(school, "Kinderdagverblijf Hummeltjes", "PRESCHOOL", EnumSet.noneOf(MemberRole.class), null, null);
        member(school, "JGZ Regio Voorbeeld", "YOUTH_HEALTH", EnumSet.of(MemberRole.LIAISON),
                "Jeugdverpleegkundige op school; signaleert en verwijst.", null);
        member(school, "Buurtteam Voorbeeld", "NEIGHBOURHOOD_TEAM", EnumSet.of(MemberRole.LIAISON, MemberRole.DELEGATE),
                "Sociaal team jeugd: neemt de casusregie over als het gezin hulp nodig heeft.",
                "Mag namens het buurtteam hulp inzetten tot tien gesprekken zonder aparte toestemming.");
        member(school, "Welzijn Voorbeeld", "WELFARE_WORKER", EnumSet.noneOf(MemberRole.class), null, null);
        member(school, "Huisartsenpraktijk Molenzicht", "PRACTICE_NURSE", EnumSet.noneOf(MemberRole.class),
                "POH jeugd: korte lijn tussen school en huisarts.", null);

        NetworkId ggz = networks.create(region, new NetworkProfile(GGZ_NETWORK, NetworkLabel.WIJKNETWERK,
                CoordinatorLabel.COORDINATOR, NetworkKind.THEMATIC, NetworkTheme.GGZ,
                "Psychische gezondheid van volwassenen in de wijk", null, null), AreaBasis.NEIGHBOURHOODS, driver,
                START);
        List<NeighbourhoodCode> havenAndWest = new java.util.ArrayList<>(district("WK990106"));
        havenAndWest.addAll(district("WK990105"));
        networks.serveNeighbourhoods(ggz, havenAndWest);
        networks.changeStatus(ggz, NetworkStatus.ACTIVE, START.plusMonths(3));
        member(ggz, "GGZ Voorbeeld", "MENTAL_HEALTH", EnumSet.of(MemberRole.COORDINATOR, MemberRole.DELEGATE),
                "Netwerkoverleg voorbereiden; consultatie voor huisartsen en buurtteam binnen een week.",
                "Mag namens GGZ Voorbeeld afspraken maken over consultatie en snelle doorverwijzing.");
        member(ggz, "Huisartsenpraktijk Het Anker", "PRACTICE_NURSE", EnumSet.of(MemberRole.LIAISON),
                "POH-GGZ: eerste gesprekken en verwijzing naar de basis-GGZ.", null);
        member(ggz, "Huisartsenpraktijk De Vaart", "GP", EnumSet.noneOf(MemberRole.class), null, null);
        member(ggz, "Buurtteam Voorbeeld", "NEIGHBOURHOOD_TEAM", EnumSet.of(MemberRole.LIAISON),
                "Hulp bij wonen, geld en dagbesteding naast de behandeling.", null);
        member(ggz, "Jellinek Preventie Voorbeeld", "PREVENTION_WORKER", EnumSet.noneOf(MemberRole.class), null, null);
        member(ggz, null, "EXPERT_BY_EXPERIENCE", EnumSet.noneOf(MemberRole.class),
                "Ervaringsdeskundige: denkt mee vanuit het perspectief van de inwoner.", null);

        NetworkId elderly = networks.create(region, new NetworkProfile(ELDERLY_TEAM, NetworkLabel.KERNTEAM,
                CoordinatorLabel.COORDINATOR, NetworkKind.THEMATIC, NetworkTheme.ELDERLY_TEAM, null, null, null),
                AreaBasis.PRACTICES, driver, START.plusMonths(6));
        connections.choosePractices(elderly, List.of(practice("Huisartsenpraktijk De Linde"),
                practice("Gezondheidscentrum Oost")));
        accounts.findByUsername("coordinator").ifPresentOrElse(carla -> networks.addMember(elderly,
                new MemberDetails(carla.id().value(), carla.displayName(), practice("Huisartsenpraktijk De Linde"),
                        "GP", EnumSet.of(MemberRole.COORDINATOR, MemberRole.LIAISON),
                        "Mag namens de twee praktijken afspraken maken over het ouderenspreekuur.",
                        "Start het ouderenteam op; brengt de kwetsbare ouderen van beide praktijken in beeld.",
                        reachability(carla.displayName(), "Huisartsenpraktijk De Linde", true)), START.plusMonths(6)),
                () -> member(elderly, "Huisartsenpraktijk De Linde", "GP", EnumSet.of(MemberRole.COORDINATOR),
                        null, null));
        member(elderly, "Gezondheidscentrum Oost", "PRACTICE_NURSE", EnumSet.of(MemberRole.LIAISON),
                "POH ouderen: plant de huisbezoeken.", null);
        member(elderly, "Thuiszorg Voorbeeld", "DISTRICT_NURSE", EnumSet.of(MemberRole.LIAISON), null, null);
        member(elderly, "Buurtteam Voorbeeld", "NEIGHBOURHOOD_TEAM", EnumSet.of(MemberRole.LIAISON), null, null);
        member(elderly, "Zorggroep Avondrood", "DEMENTIA_CASE_MANAGER", EnumSet.noneOf(MemberRole.class), null, null);
        member(elderly, "Apotheek Oost", "PHARMACIST", EnumSet.noneOf(MemberRole.class),
                "Medicatiebeoordeling voor ouderen met veel medicijnen.", null);

        List<Network> all = networks.networksIn(region);
        relate(all, "1000 dagen Centrum-Noord", "Wijkverband Centrum",
                "Schuift twee keer per jaar aan bij het wijkoverleg.", "Wijkverband Noord", null);
        relate(all, "Jeugdnetwerk Zuid", "Wijkverband Zuid", "Gedeelde casuïstiek via het buurtteam.", null, null);
        relate(all, SCHOOL_TEAM, "Wijkverband Zuid", "De POH jeugd is de verbinding met de huisartsen.", null, null);
        relate(all, GGZ_NETWORK, "Wijkverband Haven", "Consultatie GGZ in het MDO van het wijkverband.",
                "Wijkverband West", "Helpt West bij de start met de GGZ-partners.");
        relate(all, "Ouderenteam De Linde en Het Anker", "Wijkverband Oost",
                "Het ouderenteam bespreekt de kwetsbare ouderen; knelpunten gaan naar het wijkverband.",
                "Wijkverband Haven", null);
        relate(all, ELDERLY_TEAM, "Wijkverband Oost", "Wordt opgezet vanuit het wijkverband.", null, null);

        network(all, "Wijkverband Oost").ifPresent(oost -> connections.appointContactPoint(oost.id(),
                ContactPoint.typed("Carla de Vries, coördinator", "06-0000 2001", "wijkverband.oost@hecht-demo.invalid",
                        "maandag, dinsdag en donderdag, 9:00-17:00",
                        "Vragen over samenwerking in de wijk, aansluiten bij het netwerk, knelpunten.")));
        network(all, "Wijkverband Centrum").ifPresent(centrum -> connections.appointContactPoint(centrum.id(),
                ContactPoint.typed("Wijkspreekuur Centrum (Welzijn Voorbeeld)", "030-000 3000", null,
                        "werkdagen, 9:00-12:00", "Eerste vragen van professionals: wie doet wat in Centrum.")));
        network(all, GGZ_NETWORK).ifPresent(network -> connections.appointContactPoint(network.id(),
                ContactPoint.typed("Consultatielijn GGZ Voorbeeld", "030-000 4000", "consultatie@ggzvoorbeeld.hecht-demo.invalid",
                        "werkdagen, 8:30-17:00", "Consultatie over een inwoner, vóór een verwijzing.")));
        log.info("Demo mode: school team, GGZ network, practice-based elderly team and network relations loaded");
    }

    private void relate(List<Network> all, String thematic, String core, String note, String secondCore,
            String secondNote) {
        Optional<Network> network = network(all, thematic);
        if (network.isEmpty()) {
            return;
        }
        List<NetworkRelation> relations = new java.util.ArrayList<>();
        network(all, core).ifPresent(found -> relations.add(NetworkRelation.with(found.id(), note)));
        if (secondCore != null) {
            network(all, secondCore).ifPresent(found -> relations.add(NetworkRelation.with(found.id(), secondNote)));
        }
        connections.workWith(network.get().id(), relations);
    }

    private static Optional<Network> network(List<Network> all, String name) {
        return all.stream().filter(network -> network.name().equals(name)).findFirst();
    }

    private List<NeighbourhoodCode> district(String district) {
        return areas.neighbourhoodsIn(List.of(CITY)).stream()
                .filter(neighbourhood -> neighbourhood.district().value().equals(district))
                .map(Neighbourhood::code).toList();
    }

    private UUID practice(String name) {
        return organisations.findByName(name).map(Organisation::id).map(id -> id.value()).orElse(null);
    }

    private void member(NetworkId network, String organisationName, String discipline, Set<MemberRole> roles,
            String taskPackage, String mandate) {
        String name = NAMES[person % NAMES.length];
        person++;
        UUID organisation = organisationName == null ? null : practice(organisationName);
        boolean care = discipline.equals("GP") || discipline.equals("PRACTICE_NURSE")
                || discipline.startsWith("DISTRICT_NURSE") || discipline.equals("PHARMACIST");
        networks.addMember(network, new MemberDetails(null, name, organisation, discipline, roles, mandate,
                taskPackage, reachability(name, organisationName, care)), START);
    }

    private Reachability reachability(String name, String organisation, boolean care) {
        String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".");
        String domain = organisation == null ? "hecht-demo.invalid"
                : organisation.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + ".hecht-demo.invalid";
        return Reachability.typed(String.format(Locale.ROOT, "06-0000 %04d", 5000 + person), local + "@" + domain,
                care ? "maandag t/m vrijdag" : "dinsdag en donderdag", care ? "08:00-17:00" : "09:00-16:00", null,
                null, care ? PreferredChannel.PHONE : PreferredChannel.SECURE_MESSAGE, null);
    }
}
