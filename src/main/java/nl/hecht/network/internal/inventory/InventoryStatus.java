package nl.hecht.network.internal.inventory;

/**
 * Whether a GP practice works with a first-line provider, in the seed's three categories (R177, seed 003: "al, wel,
 * en nog niet"): already, will (agreed or planned), not yet.
 */
public enum InventoryStatus {
    ALREADY, WILL, NOT_YET
}
