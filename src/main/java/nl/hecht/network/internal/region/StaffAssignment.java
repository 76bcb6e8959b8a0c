package nl.hecht.network.internal.region;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.AccountIdConverter;
import nl.hecht.shared.MunicipalityCode;

/** An account's role in a region; an area manager may be announced for one municipality (R184). */
@Embeddable
public record StaffAssignment(@Column(name = "account_id", nullable = false)
        @Convert(converter = AccountIdConverter.class) AccountId accountId,
        @Enumerated(EnumType.STRING) @Column(name = "role", nullable = false, length = 20) StaffRole role,
        @Column(name = "municipality_code", length = 6) String municipalityCode) {

    public static StaffAssignment of(AccountId account, StaffRole role, MunicipalityCode municipality) {
        return new StaffAssignment(account, role, municipality == null ? null : municipality.value());
    }

    public AccountId account() {
        return accountId;
    }
}
