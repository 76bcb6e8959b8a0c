package nl.hecht.network.internal.inventory;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import nl.hecht.shared.DomainException;

/**
 * One first-line provider in a practice's inventory (R177): an organisation of the register or a name as typed, for a
 * discipline, whether the practice already works with it, will, or not yet, and the knelpunten and good
 * practices of that collaboration.
 */
@Embeddable
public record InventoryRow(@Column(name = "provider_organisation_id") UUID providerOrganisationId,
        @Column(name = "provider_name", length = 200) String providerName,
        @Column(name = "discipline_code", nullable = false, length = 40) String disciplineCode,
        @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false, length = 20) InventoryStatus status,
        @Column(name = "bottleneck", length = 1000) String bottleneck,
        @Column(name = "good_practice", length = 1000) String goodPractice) {

    public InventoryRow {
        providerName = text(providerName, 200, "inventory.error.provider-name");
        bottleneck = text(bottleneck, 1000, "inventory.error.too-long");
        goodPractice = text(goodPractice, 1000, "inventory.error.too-long");
        if (providerOrganisationId != null && providerName != null) {
            throw new DomainException("inventory.error.provider-both");
        }
        if (disciplineCode == null || disciplineCode.isBlank()) {
            throw new DomainException("inventory.error.discipline");
        }
        if (status == null) {
            throw new DomainException("inventory.error.status");
        }
    }

    private static String text(String value, int max, String error) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text != null && text.length() > max) {
            throw new DomainException(error);
        }
        return text;
    }
}
