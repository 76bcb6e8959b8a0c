package nl.hecht.network.internal.network;

import java.util.UUID;

import nl.hecht.network.AreaBasis;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkTheme;

/** The scalar facts of a network, read in one query for a whole region. */
public record NetworkRow(UUID id, String name, NetworkKind kind, NetworkTheme theme, NetworkStatus status,
        String sizeJustification, boolean socialDomainLinked, AreaBasis areaBasis) {
}
