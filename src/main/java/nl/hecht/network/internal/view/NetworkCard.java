package nl.hecht.network.internal.view;

import java.time.LocalDate;
import java.util.Optional;

import nl.hecht.network.AreaBasis;
import nl.hecht.network.CoordinatorLabel;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkLabel;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkTheme;
import nl.hecht.network.internal.network.Charter;
import nl.hecht.network.internal.network.Network;

/** A network as its page shows it, copied from the aggregate while the transaction is open. */
public record NetworkCard(NetworkId id, String name, NetworkLabel label, CoordinatorLabel coordinatorLabel,
        NetworkKind kind, NetworkTheme theme, Integer ageFrom, Integer ageTo, AreaBasis areaBasis, NetworkStatus status,
        LocalDate statusSince, Optional<String> sizeJustification, Charter charter, boolean socialDomainLinked,
        String socialDomainLink) {

    static NetworkCard of(Network network) {
        return new NetworkCard(network.id(), network.name(), network.label(), network.coordinatorLabel(),
                network.kind(), network.theme(), network.ageFrom(), network.ageTo(), network.areaBasis(),
                network.status(), network.statusSince(), network.sizeJustification(), network.charter(),
                network.socialDomainLinked(), network.socialDomainLink());
    }
}
