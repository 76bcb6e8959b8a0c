package nl.hecht.network;

import java.time.LocalDate;

/** A network moved from one status to another, as of a date. */
public record NetworkStatusChanged(NetworkId network, NetworkStatus from, NetworkStatus to, LocalDate since) {
}
