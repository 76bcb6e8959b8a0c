package nl.hecht.network;

/** A network was registered in a region (in formation). */
public record NetworkFormed(NetworkId network, RegionId region, NetworkKind kind) {
}
