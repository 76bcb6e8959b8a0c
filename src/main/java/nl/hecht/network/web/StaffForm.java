package nl.hecht.network.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import nl.hecht.identity.AccountId;
import nl.hecht.network.internal.region.StaffAssignment;
import nl.hecht.network.internal.region.StaffRole;
import nl.hecht.shared.MunicipalityCode;

/** A person added to (or removed from) the region's staff: staff, area manager for a municipality (R184), project lead. */
record StaffForm(@NotNull(message = "{region.error.staff-account}") UUID accountId,
        @NotNull(message = "{region.error.staff-role}") StaffRole role,
        @Pattern(regexp = "(GM\\d{4})?", message = "{region.error.municipality-not-covered}") String municipality) {

    static StaffForm empty() {
        return new StaffForm(null, StaffRole.STAFF, null);
    }

    AccountId account() {
        return new AccountId(accountId);
    }

    MunicipalityCode municipalityCode() {
        return municipality == null || municipality.isBlank() ? null : new MunicipalityCode(municipality);
    }

    StaffAssignment assignment() {
        return StaffAssignment.of(account(), role, municipalityCode());
    }
}
