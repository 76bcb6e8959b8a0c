package nl.hecht.network.internal.persistence;

import jakarta.persistence.Converter;

import nl.hecht.network.MemberId;
import nl.hecht.shared.persistence.TypedUuidConverter;

/** Stores a {@link MemberId} in its UUID column. */
@Converter(autoApply = true)
class MemberIdConverter extends TypedUuidConverter<MemberId> {

    MemberIdConverter() {
        super(MemberId::new, MemberId::value);
    }
}
