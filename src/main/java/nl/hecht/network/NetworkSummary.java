package nl.hecht.network;

/** A network as other modules see it. */
public record NetworkSummary(NetworkId id, RegionId region, String name, NetworkKind kind, NetworkTheme theme,
        NetworkStatus status) {
}
