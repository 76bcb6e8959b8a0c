/**
 * The GP practices' collaboration inventories (seed 003, PDCA Plan 1 and 2: R177, R178): per practice in a region,
 * which first-line providers it already works with, will work with, or not yet, with knelpunten and good practices;
 * merged per region for its area managers and RESV staff ({@link nl.hecht.network.internal.inventory.InventoryMerge}),
 * with the practices that are in no network flagged.
 */
package nl.hecht.network.internal.inventory;
