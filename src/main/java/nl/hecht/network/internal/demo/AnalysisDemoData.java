package nl.hecht.network.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.Organisations;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NodeRef;
import nl.hecht.network.internal.analysis.AnalysisRecords;
import nl.hecht.network.internal.analysis.DrawnLine;
import nl.hecht.network.internal.analysis.LineKind;
import nl.hecht.network.internal.analysis.PlayerKind;
import nl.hecht.network.internal.analysis.SessionDetails;
import nl.hecht.network.internal.inventory.InventoryRow;
import nl.hecht.network.internal.inventory.InventoryStatus;
import nl.hecht.network.internal.inventory.InventoryRecords;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionManagement;
import nl.hecht.shared.demo.DemoData;

/**
 * The demo of the network analysis and the practice inventories (seeds 003 and 004), on top of
 * {@link NetworkDemoData}: Wijkverband Oost has three informal players (a church, a playground association, a Huis van
 * de Wijk) and a joint session with the golden triangle that drew five lines; three GP practices have an inventory,
 * one of them Huisartsenpraktijk De Vaart, whose only network (West) is still in formation, so the merged view flags
 * it as in no network. Deterministic; does nothing for what is there already. All people are fictional.
 */
@Component
class AnalysisDemoData implements DemoData {

    private static final String OOST = "Wijkverband Oost";
    private static final LocalDate SESSION = LocalDate.of(2025, 9, 18);

    private final RegionManagement regions;
    private final NetworkManagement networks;
    private final AnalysisRecords analysis;
    private final InventoryRecords inventories;
    private final Organisations organisations;
    private final Accounts accounts;

    AnalysisDemoData(RegionManagement regions, NetworkManagement networks, AnalysisRecords analysis,
            InventoryRecords inventories, Organisations organisations, Accounts accounts) {
        this.regions = regions;
        this.networks = networks;
        this.analysis = analysis;
        this.inventories = inventories;
        this.organisations = organisations;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 36;
    }

    @Override
    @Transactional
    public void load() {
        Optional<Region> region = regions.regions().stream()
                .filter(r -> r.name().equals(NetworkDemoData.REGION)).findFirst();
        if (region.isEmpty()) {
            return;
        }
        networks.networksIn(region.get().id()).stream().filter(n -> n.name().equals(OOST)).findFirst()
                .map(Network::id).filter(id -> !analysis.hasAnything(id)).ifPresent(this::analyse);
        if (!inventories.hasInventories(region.get().id())) {
            inventorise(region.get());
        }
    }

    private void analyse(NetworkId oost) {
        UUID church = analysis.addPlayer(oost, PlayerKind.RELIGIOUS_COMMUNITY, "Protestantse Gemeente De Ark",
                "Diaconie met bezoekvrijwilligers die veel alleenstaande ouderen kennen.");
        UUID playground = analysis.addPlayer(oost, PlayerKind.ASSOCIATION, "Speeltuinvereniging De Wip",
                "Vrijwilligers die de gezinnen van de wijk kennen.");
        UUID house = analysis.addPlayer(oost, PlayerKind.COMMUNITY_CENTRE, "Huis van de Wijk Oost",
                "Inloop, maaltijden en het informatiepunt met vrijwillige gastvrouwen.");
        List<DrawnLine> lines = new ArrayList<>();
        line(lines, organisation("Huisartsenpraktijk De Linde"), organisation("Wijkverpleging Samen"),
                LineKind.WORKS_TOGETHER, "Wekelijks overleg over kwetsbare ouderen.");
        line(lines, organisation("Huisartsenpraktijk De Linde"), organisation("GGZ Voorbeeld"), LineKind.BOTTLENECK,
                "Lange wachttijd voor consultatie.");
        line(lines, organisation("Buurtteam Voorbeeld"), Optional.of(NodeRef.player(church)), LineKind.WANTS_TO,
                "Signalen van eenzaamheid via de bezoekvrijwilligers.");
        line(lines, organisation("Welzijn Voorbeeld"), Optional.of(NodeRef.player(house)), LineKind.WORKS_TOGETHER,
                null);
        line(lines, Optional.of(NodeRef.player(playground)), organisation("Buurtteam Voorbeeld"),
                LineKind.WORKS_TOGETHER, "Zomeractiviteiten voor gezinnen.");
        accounts.findByUsername("coordinator").map(AccountSummary::id).ifPresent(by -> analysis.recordSession(oost,
                new SessionDetails(SESSION, "Beleidsmedewerker Wmo, wijkregisseur Oost",
                        "Huisarts (verbinder), wijkverpleegkundige, sociaal werker, buurtteam",
                        "Twee leden van de bewonersraad, een vrijwilliger van de speeltuinvereniging, de diaken",
                        "De kerk kent alleenstaande ouderen die niet bij de huisarts in beeld zijn: samen een "
                                + "koffieochtend in het Huis van de Wijk. Wijkverpleging Samen en het buurtteam kennen "
                                + "elkaar nog niet: een kennismaking plannen."),
                lines, by));
    }

    private void inventorise(Region region) {
        Optional<AccountSummary> coordinator = accounts.findByUsername("coordinator");
        Optional<AccountSummary> resv = accounts.findByUsername("resv");
        if (coordinator.isEmpty() || resv.isEmpty()) {
            return;
        }
        inventory(region, "Huisartsenpraktijk De Linde", coordinator.get(), List.of(
                row("Thuiszorg Voorbeeld", null, "DISTRICT_NURSE", InventoryStatus.ALREADY, null,
                        "Vast wekelijks overleg met de wijkverpleegkundige over kwetsbare ouderen."),
                row("Apotheek Oost", null, "PHARMACIST", InventoryStatus.NOT_YET,
                        "Geen vaste contactpersoon; medicatiereviews lopen via de post.", null),
                row("Buurtteam Voorbeeld", null, "NEIGHBOURHOOD_TEAM", InventoryStatus.ALREADY,
                        "Terugkoppeling na een verwijzing ontbreekt vaak.", null),
                row("Diëtistenpraktijk Smaakvol", null, "DIETITIAN", InventoryStatus.WILL, null, null),
                row("Fysiotherapie De Loper", null, "PHYSIOTHERAPIST", InventoryStatus.ALREADY, null,
                        "Korte lijnen via beveiligd berichtenverkeer.")));
        inventory(region, "Huisartsenpraktijk Het Anker", resv.get(), List.of(
                row("Thuiszorg Voorbeeld", null, "DISTRICT_NURSE", InventoryStatus.ALREADY, null, null),
                row("Apotheek Oost", null, "PHARMACIST", InventoryStatus.ALREADY, null,
                        "Twee keer per jaar een gezamenlijke medicatiereview bij 75-plussers."),
                row("Buurtteam Voorbeeld", null, "NEIGHBOURHOOD_TEAM", InventoryStatus.NOT_YET,
                        "Het buurtteam is voor de praktijk moeilijk bereikbaar.", null),
                row(null, "Logopediepraktijk Spraakwater", "OTHER_ALLIED_HEALTH", InventoryStatus.WILL, null,
                        null)));
        inventory(region, "Huisartsenpraktijk De Vaart", resv.get(), List.of(
                row("Thuiszorg Voorbeeld", null, "DISTRICT_NURSE", InventoryStatus.NOT_YET,
                        "Nog geen vaste wijkverpleegkundige voor de praktijk.", null),
                row("Buurtteam Voorbeeld", null, "NEIGHBOURHOOD_TEAM", InventoryStatus.WILL, null, null)));
    }

    private void inventory(Region region, String practice, AccountSummary by, List<InventoryRow> rows) {
        organisations.findByName(practice).ifPresent(found -> inventories.recordAsDemo(region.id(), found.id(),
                rows.stream().filter(java.util.Objects::nonNull).toList(), by.id(), by.displayName()));
    }

    private InventoryRow row(String registered, String typed, String discipline, InventoryStatus status,
            String bottleneck, String goodPractice) {
        UUID provider = registered == null ? null
                : organisations.findByName(registered).map(Organisation::id).map(OrganisationId::value).orElse(null);
        if (registered != null && provider == null) {
            return null;
        }
        return new InventoryRow(provider, typed, discipline, status, bottleneck, goodPractice);
    }

    private Optional<NodeRef> organisation(String name) {
        return organisations.findByName(name).map(Organisation::id).map(NodeRef::organisation);
    }

    private static void line(List<DrawnLine> lines, Optional<NodeRef> from, Optional<NodeRef> to, LineKind kind,
            String note) {
        if (from.isPresent() && to.isPresent()) {
            lines.add(DrawnLine.of(from.get(), to.get(), kind, note));
        }
    }
}
