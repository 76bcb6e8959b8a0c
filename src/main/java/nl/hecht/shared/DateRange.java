package nl.hecht.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of whole days, both ends included: from a first day to a last day, or open-ended (no last day yet). The
 * last day is never before the first; otherwise the range is refused with {@value #INVALID}. As text (for
 * {@link #parse(String)} and {@link #toString()}): {@code 2025-01-01/2025-12-31} or {@code 2025-01-01/} when open.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static final String INVALID = "value.error.date-range";

    public DateRange {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new DomainException(INVALID);
        }
    }

    /** From this day on, without an end. */
    public static DateRange from(LocalDate from) {
        return new DateRange(from, null);
    }

    /** From the first to the last day, both included. */
    public static DateRange between(LocalDate from, LocalDate to) {
        return new DateRange(from, to);
    }

    /** The range written as {@code first/last} or {@code first/}, ISO dates; refused with {@value #INVALID}. */
    public static DateRange parse(String text) {
        if (text == null) {
            throw new DomainException(INVALID);
        }
        String stripped = text.strip();
        int slash = stripped.indexOf('/');
        try {
            if (slash < 0) {
                return from(LocalDate.parse(stripped));
            }
            String last = stripped.substring(slash + 1).strip();
            return new DateRange(LocalDate.parse(stripped.substring(0, slash).strip()),
                    last.isEmpty() ? null : LocalDate.parse(last));
        } catch (DateTimeParseException e) {
            throw new DomainException(INVALID);
        }
    }

    /** The last day, if the range has one. */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(to);
    }

    /** Whether the range has no last day. */
    public boolean isOpen() {
        return to == null;
    }

    /** Whether the day falls in the range, both ends included. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** Whether the two ranges share at least one day. */
    public boolean overlaps(DateRange other) {
        return (other.to == null || !from.isAfter(other.to)) && (to == null || !other.from.isAfter(to));
    }

    /** The same range ending on this day (refused when before the first day). */
    public DateRange endingOn(LocalDate last) {
        return new DateRange(from, last);
    }

    @Override
    public String toString() {
        return from + "/" + (to == null ? "" : to);
    }
}
