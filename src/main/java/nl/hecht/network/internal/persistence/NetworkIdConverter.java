package nl.hecht.network.internal.persistence;

import jakarta.persistence.Converter;

import nl.hecht.network.NetworkId;
import nl.hecht.shared.persistence.TypedUuidConverter;

/** Stores a {@link NetworkId} in its UUID column. */
@Converter(autoApply = true)
class NetworkIdConverter extends TypedUuidConverter<NetworkId> {

    NetworkIdConverter() {
        super(NetworkId::new, NetworkId::value);
    }
}
