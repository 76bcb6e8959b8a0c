package nl.hecht.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import nl.hecht.shared.TimeConfiguration;

/**
 * How every template writes dates and times, as {@code #when} (see {@link DateTimeFormatDialect}): moments
 * ({@link Instant}, {@link ZonedDateTime}, {@link OffsetDateTime}) in Europe/Amsterdam, local dates and times as they
 * are; the Dutch way in every language of the page: {@code 3-11-2025}, {@code 3-11-2025 14:05}, {@code 14:05}. Null
 * becomes an empty text.
 */
public final class DateTimeFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** The day: 3-11-2025. */
    public String date(Object value) {
        return format(value, DATE);
    }

    /** The day and the time: 3-11-2025 14:05. */
    public String dateTime(Object value) {
        return format(value, DATE_TIME);
    }

    /** The time of day: 14:05. */
    public String time(Object value) {
        return format(value, TIME);
    }

    private static String format(Object value, DateTimeFormatter format) {
        if (value == null) {
            return "";
        }
        return format.format(local(value));
    }

    private static TemporalAccessor local(Object value) {
        if (value instanceof Instant instant) {
            return instant.atZone(TimeConfiguration.ZONE);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(TimeConfiguration.ZONE);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(TimeConfiguration.ZONE);
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof LocalTime) {
            return (TemporalAccessor) value;
        }
        throw new IllegalArgumentException("not a date or time: " + value.getClass().getName());
    }
}
