package nl.hecht.network.internal.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.hecht.directory.OrganisationId;
import nl.hecht.identity.AccountId;
import nl.hecht.network.RegionId;
import nl.hecht.shared.DomainException;

/**
 * A GP practice's collaboration inventory in a region (seed 003, PDCA Plan 1, R177): which first-line providers the
 * practice already works with, will work with, or not yet, with knelpunten and good practices, and who recorded it
 * last and when. The whole list is replaced at once, as the practice manager goes through it.
 */
@Entity
@Table(name = "network_practice_inventory")
class PracticeInventory {

    static final int MAX_ROWS = 60;

    @Id
    private UUID id;

    @Column(name = "region_id", nullable = false, updatable = false)
    private RegionId regionId;

    @Column(name = "practice_id", nullable = false, updatable = false)
    private UUID practiceId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "network_practice_inventory_row", joinColumns = @JoinColumn(name = "inventory_id"))
    @OrderColumn(name = "position")
    private List<InventoryRow> rows = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;

    @Column(name = "recorded_by_name", nullable = false, length = 200)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private Long version;

    protected PracticeInventory() {
    }

    public PracticeInventory(RegionId region, OrganisationId practice) {
        this.id = UUID.randomUUID();
        this.regionId = region;
        this.practiceId = practice.value();
    }

    public void record(List<InventoryRow> newRows, AccountId by, String byName, Instant at) {
        if (newRows.size() > MAX_ROWS) {
            throw new DomainException("inventory.error.too-many-rows");
        }
        rows.clear();
        rows.addAll(newRows);
        this.recordedBy = by.value();
        this.recordedByName = byName == null || byName.isBlank() ? "?" : byName.strip();
        this.recordedAt = at;
    }

    public UUID id() {
        return id;
    }

    public RegionId region() {
        return regionId;
    }

    public OrganisationId practice() {
        return new OrganisationId(practiceId);
    }

    public List<InventoryRow> rows() {
        return List.copyOf(rows);
    }

    public String recordedByName() {
        return recordedByName;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
