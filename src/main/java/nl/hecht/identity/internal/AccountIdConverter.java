package nl.hecht.identity.internal;

import jakarta.persistence.Converter;

import nl.hecht.identity.AccountId;
import nl.hecht.shared.persistence.TypedUuidConverter;

/** Stores a {@link AccountId} in its UUID column. */
@Converter(autoApply = true)
class AccountIdConverter extends TypedUuidConverter<AccountId> {

    AccountIdConverter() {
        super(AccountId::new, AccountId::value);
    }
}
