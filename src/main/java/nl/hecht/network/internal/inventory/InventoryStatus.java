package nl.hecht.network.internal.inventory;

/** Whether a GP practice works with a first-line provider (R177: "al, wel, en nog niet"). */
public enum InventoryStatus {
    ALREADY, NOT_YET, WOULD_LIKE
}
