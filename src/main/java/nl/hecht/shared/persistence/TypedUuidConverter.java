package nl.hecht.shared.persistence;

import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.AttributeConverter;

/**
 * Stores a typed id (a record around a {@link UUID}) in a UUID column, so that entities hold the typed id itself
 * rather than a raw UUID re-wrapped in a getter. A module declares one small {@code @Converter(autoApply = true)}
 * subclass per id type (in its internal package, or beside the id when other modules' entities hold it). Not used for {@code @Id} attributes: the JPA specification does not
 * allow converters on identifiers (not portable), so entity identifiers stay UUID.
 */
public abstract class TypedUuidConverter<T> implements AttributeConverter<T, UUID> {

    private final Function<UUID, T> wrap;
    private final Function<T, UUID> unwrap;

    protected TypedUuidConverter(Function<UUID, T> wrap, Function<T, UUID> unwrap) {
        this.wrap = wrap;
        this.unwrap = unwrap;
    }

    @Override
    public UUID convertToDatabaseColumn(T attribute) {
        return attribute == null ? null : unwrap.apply(attribute);
    }

    @Override
    public T convertToEntityAttribute(UUID column) {
        return column == null ? null : wrap.apply(column);
    }
}
