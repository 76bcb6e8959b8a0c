package nl.hecht.network.internal.view;

import static nl.hecht.network.internal.access.NetworkPolicyNames.COORDINATE_NETWORK;

import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.network.internal.network.CharterDraft;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/** The network's coordinator, or RESV staff of its region, record its charter (R031, R075, R077–R081, R144, A–D). */
@ApplicationService
@Transactional
public class CharterCommands {

    private final NetworkManagement networks;

    CharterCommands(NetworkManagement networks) {
        this.networks = networks;
    }

    @UseCase(policy = COORDINATE_NETWORK)
    public void record(CurrentUser user, NetworkId id, CharterDraft draft) {
        networks.recordCharter(id, draft);
    }
}
