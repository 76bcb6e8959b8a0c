package nl.hecht.network.internal.coverage;

import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkStatus;

/** A network named in a finding. */
public record NetworkRef(NetworkId id, String name, NetworkStatus status) {
}
