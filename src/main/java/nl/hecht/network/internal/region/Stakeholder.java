package nl.hecht.network.internal.region;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import nl.hecht.shared.DomainException;

/** A health insurer or municipality the region works with, and its contact person (R021). */
@Embeddable
public record Stakeholder(@Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 20) StakeholderKind kind,
        @Column(name = "name", nullable = false, length = 200) String name,
        @Column(name = "organisation_id") UUID organisationId,
        @Column(name = "contact_name", length = 200) String contactName,
        @Column(name = "contact_email", length = 320) String contactEmail,
        @Column(name = "contact_phone", length = 40) String contactPhone) {

    public Stakeholder {
        if (kind == null || name == null || name.isBlank()) {
            throw new DomainException("region.error.stakeholder");
        }
        name = name.strip();
    }
}
