package nl.hecht.identity;

import jakarta.persistence.Converter;

import nl.hecht.shared.persistence.TypedUuidConverter;

/**
 * Stores an {@link AccountId} in its UUID column. Public because other modules' entities hold account ids: they name
 * it in {@code @Convert}, so that it also applies in a module test that does not scan this module.
 */
@Converter(autoApply = true)
public class AccountIdConverter extends TypedUuidConverter<AccountId> {

    public AccountIdConverter() {
        super(AccountId::new, AccountId::value);
    }
}
