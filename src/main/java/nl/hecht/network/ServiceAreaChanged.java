package nl.hecht.network;

/** The neighbourhoods or GP practices a network serves changed. */
public record ServiceAreaChanged(NetworkId network, int neighbourhoods, int practices) {
}
