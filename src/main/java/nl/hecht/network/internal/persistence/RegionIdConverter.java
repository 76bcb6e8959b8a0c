package nl.hecht.network.internal.persistence;

import jakarta.persistence.Converter;

import nl.hecht.network.RegionId;
import nl.hecht.shared.persistence.TypedUuidConverter;

/** Stores a {@link RegionId} in its UUID column. */
@Converter(autoApply = true)
class RegionIdConverter extends TypedUuidConverter<RegionId> {

    RegionIdConverter() {
        super(RegionId::new, RegionId::value);
    }
}
