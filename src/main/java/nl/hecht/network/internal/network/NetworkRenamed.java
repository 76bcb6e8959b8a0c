package nl.hecht.network.internal.network;

import nl.hecht.network.NetworkId;

/** A network got another name (its profile changed); what lists networks by name (the reference data cache) renews. */
public record NetworkRenamed(NetworkId network, String name) {
}
