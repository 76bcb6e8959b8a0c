package nl.hecht.network.internal.inventory;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.OrganisationId;
import nl.hecht.identity.AccountId;
import nl.hecht.network.RegionId;

/**
 * Records inventories without a person's check, for the demo data (R177); people record through
 * {@link PracticeInventories}.
 */
@Component
public class InventoryRecords {

    private final PracticeInventoryRepository inventories;
    private final Clock clock;

    InventoryRecords(PracticeInventoryRepository inventories, Clock clock) {
        this.inventories = inventories;
        this.clock = clock;
    }

    @Transactional
    public void recordAsDemo(RegionId regionId, OrganisationId practiceId, List<InventoryRow> rows, AccountId by,
            String byName) {
        PracticeInventory inventory = inventories.findByRegionIdAndPracticeId(regionId, practiceId.value())
                .orElseGet(() -> new PracticeInventory(regionId, practiceId));
        inventory.record(rows, by, byName, clock.instant());
        inventories.save(inventory);
    }

    @Transactional(readOnly = true)
    public boolean hasInventories(RegionId regionId) {
        return !inventories.findByRegionId(regionId).isEmpty();
    }
}
