package nl.hecht.wijkfoto.internal;

import static nl.hecht.wijkfoto.internal.WijkfotoPolicies.EDIT_WIJKFOTO;
import static nl.hecht.wijkfoto.internal.WijkfotoPolicies.VIEW_WIJKFOTO;

import java.util.UUID;

import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.Networks;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/** The use cases of the wijkfoto (seed 004; R194, R196, R197, R003, R004, R041, R099). */
@ApplicationService
public class Wijkfotos {

    private final WijkfotoPages pages;
    private final WijkfotoRecords records;
    private final WijkfotoAccess access;
    private final Networks networks;

    Wijkfotos(WijkfotoPages pages, WijkfotoRecords records, WijkfotoAccess access, Networks networks) {
        this.pages = pages;
        this.records = records;
        this.access = access;
        this.networks = networks;
    }

    /** The wijkfoto of the network's whole service area. */
    @UseCase(policy = VIEW_WIJKFOTO)
    @Transactional(readOnly = true)
    public WijkfotoPage wijkfoto(CurrentUser user, NetworkId network) {
        return page(user, network, null);
    }

    /** The wijkfoto of one neighbourhood of the network's service area (404 for another neighbourhood). */
    @UseCase(policy = VIEW_WIJKFOTO)
    @Transactional(readOnly = true)
    public WijkfotoPage neighbourhood(CurrentUser user, NetworkId network, NeighbourhoodCode code) {
        return page(user, network, code);
    }

    @UseCase(policy = EDIT_WIJKFOTO)
    public UUID chooseTargetGroup(CurrentUser user, NetworkId network, String name, String reason) {
        return records.chooseTargetGroup(network, name, reason, user.id(), user.displayName());
    }

    @UseCase(policy = EDIT_WIJKFOTO)
    public void dropTargetGroup(CurrentUser user, NetworkId network, UUID targetGroup) {
        records.dropTargetGroup(network, targetGroup);
    }

    @UseCase(policy = EDIT_WIJKFOTO)
    public UUID writeNote(CurrentUser user, NetworkId network, String text) {
        return records.writeNote(network, text, user.id(), user.displayName());
    }

    @UseCase(policy = EDIT_WIJKFOTO)
    public void removeNote(CurrentUser user, NetworkId network, UUID note) {
        records.removeNote(network, note);
    }

    /** Imports a file of figures per neighbourhood: all of its lines or, when one is bad, none and the problems. */
    @UseCase(policy = EDIT_WIJKFOTO)
    public FiguresCsv.Result importFigures(CurrentUser user, NetworkId network, String content) {
        return records.importFigures(network, content, user.id());
    }

    private WijkfotoPage page(CurrentUser user, NetworkId id, NeighbourhoodCode code) {
        NetworkSummary network = networks.find(id).orElseThrow(NotFoundException::new);
        return pages.page(network, code, access.canEdit(user, network));
    }
}
