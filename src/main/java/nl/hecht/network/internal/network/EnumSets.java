package nl.hecht.network.internal.network;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;

import nl.hecht.network.OrganisationalModel;

/**
 * Sets of choices of the charter, stored as the names joined by commas in one column (a checklist of a handful of
 * options needs no table of its own). Unknown names in the column (of a choice since removed) are skipped.
 */
final class EnumSets {

    private EnumSets() {
    }

    /** An unmodifiable copy in the enum's order; null is the empty set. */
    static <E extends Enum<E>> Set<E> copy(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(value -> value != null).forEach(set::add);
        }
        return Collections.unmodifiableSet(set);
    }

    abstract static class Converter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

        private final Class<E> type;

        Converter(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(Set<E> values) {
            return values == null || values.isEmpty() ? null
                    : values.stream().map(Enum::name).collect(Collectors.joining(","));
        }

        @Override
        public Set<E> convertToEntityAttribute(String column) {
            if (column == null || column.isBlank()) {
                return copy(null, type);
            }
            Set<String> known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
            return copy(Arrays.stream(column.split(",")).map(String::strip).filter(known::contains)
                    .map(name -> Enum.valueOf(type, name)).toList(), type);
        }
    }

    static final class FocusConverter extends Converter<TeamFocus.Focus> {
        FocusConverter() {
            super(TeamFocus.Focus.class);
        }
    }

    static final class DomainConverter extends Converter<TeamFocus.Domain> {
        DomainConverter() {
            super(TeamFocus.Domain.class);
        }
    }

    static final class RepresentationConverter extends Converter<TeamFocus.Representation> {
        RepresentationConverter() {
            super(TeamFocus.Representation.class);
        }
    }

    static final class HoursConverter extends Converter<TeamPosition.Hours> {
        HoursConverter() {
            super(TeamPosition.Hours.class);
        }
    }

    static final class WorkConverter extends Converter<TeamWork.Work> {
        WorkConverter() {
            super(TeamWork.Work.class);
        }
    }

    static final class TraitConverter extends Converter<OrganisationalModel.Trait> {
        TraitConverter() {
            super(OrganisationalModel.Trait.class);
        }
    }
}
