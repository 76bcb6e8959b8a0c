package nl.hecht.wijkfoto.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.Networks;
import nl.hecht.network.RegionSummary;
import nl.hecht.network.Regions;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.demo.DemoData;

/**
 * The wijkfoto of the demo networks: what each core network sees in its wijk and the target groups it chose, and one
 * set of imported figures (Wijkverband Oost, which the demo coordinator coordinates), all through
 * {@link WijkfotoRecords} with the rules of the screens. Runs after the networks' demo data.
 */
@Component
class WijkfotoDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(WijkfotoDemoData.class);

    static final String REGION = "Regio Voorbeeld";
    static final String IMPORTED = "Wijkverband Oost";

    private final Regions regions;
    private final Networks networks;
    private final Accounts accounts;
    private final WijkfotoRecords records;

    WijkfotoDemoData(Regions regions, Networks networks, Accounts accounts, WijkfotoRecords records) {
        this.regions = regions;
        this.networks = networks;
        this.accounts = accounts;
        this.records = records;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional
    public void load() {
        RegionSummary region = regions.all().stream().filter(r -> r.name().equals(REGION)).findFirst().orElse(null);
        AccountSummary coordinator = accounts.findByUsername("coordinator").orElse(null);
        AccountSummary resv = accounts.findByUsername("resv").orElse(null);
        if (region == null || coordinator == null || resv == null) {
            return;
        }
        int loaded = 0;
        for (NetworkSummary network : networks.inRegion(region.id())) {
            if (network.kind() != NetworkKind.CORE || !records.notes(network.id()).isEmpty()
                    || !records.targetGroups(network.id()).isEmpty()) {
                continue;
            }
            AccountSummary by = network.name().equals(IMPORTED) ? coordinator : resv;
            record(network.id(), by);
            if (network.name().equals(IMPORTED) && records.figures(network.id()).isEmpty()) {
                importFigures(network.id(), by);
            }
            loaded++;
        }
        if (loaded > 0) {
            log.info("Demo mode: the wijkfoto of {} networks of {} loaded", loaded, REGION);
        }
    }

    private void record(NetworkId network, AccountSummary by) {
        records.chooseTargetGroup(network, "Ouderen die alleen wonen",
                "Veel eenpersoonshuishoudens en een groeiende groep 65-plussers; de wijkverpleging ziet meer "
                        + "eenzaamheid achter de voordeur.", by.id(), by.displayName());
        records.chooseTargetGroup(network, "Gezinnen met geldzorgen",
                "Het inkomen per inwoner ligt onder dat van de regio en de gemeente meldt meer schulden.", by.id(),
                by.displayName());
        records.writeNote(network, "Bewoners missen een plek om elkaar overdag te ontmoeten sinds het buurthuis "
                + "dicht is. De huisarts ziet vaker klachten die met eenzaamheid te maken hebben.", by.id(),
                by.displayName());
        records.writeNote(network, "Op de bewonersavond noemden mensen vooral de trap naar de bushalte en de "
                + "lange wachttijd voor schuldhulp.", by.id(), by.displayName());
    }

    private void importFigures(NetworkId network, AccountSummary by) {
        List<NeighbourhoodCode> area = new ArrayList<>(networks.serviceArea(network));
        area.sort(null);
        StringBuilder csv = new StringBuilder("buurtcode;indicator;waarde;jaar;bron\n");
        for (int i = 0; i < area.size(); i++) {
            csv.append(area.get(i)).append(";Huishoudens met schulden (per 1.000);").append(30 + 7 * i % 25)
                    .append(",5;2025;Gemeente Voorbeeldstad\n");
            csv.append(area.get(i)).append(";Verzekerden met diabetes (%);").append(6 + i % 4)
                    .append(",").append(i % 10).append(";2024;Zorgverzekeraar Voorbeeld\n");
        }
        FiguresCsv.Result result = records.importFigures(network, csv.toString(), by.id());
        if (!result.ok()) {
            log.warn("Demo mode: the demo figures of {} were refused: {}", IMPORTED, result.problems());
        }
    }
}
