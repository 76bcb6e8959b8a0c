package nl.hecht.network.web;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.hecht.directory.OrganisationId;
import nl.hecht.network.internal.region.StakeholderKind;

/** A health insurer, municipality or other party the region works with, and its contact person (R021), as typed. */
record StakeholderForm(@NotNull(message = "{region.error.stakeholder-kind}") StakeholderKind kind,
        UUID organisationId,
        @Size(max = 200, message = "{region.error.stakeholder-name}") String name,
        @Size(max = 200, message = "{region.error.contact-name}") String contactName,
        @Email(regexp = "^([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?$", message = "{region.error.contact-email}")
        @Size(max = 320, message = "{region.error.contact-email}") String contactEmail,
        @Pattern(regexp = "[0-9+()\\-\\s]{0,40}", message = "{region.error.contact-phone}") String contactPhone) {

    static StakeholderForm empty() {
        return new StakeholderForm(StakeholderKind.HEALTH_INSURER, null, null, null, null, null);
    }

    OrganisationId organisation() {
        return organisationId == null ? null : new OrganisationId(organisationId);
    }
}
