package nl.hecht.shared.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import nl.hecht.shared.TimeConfiguration;

/**
 * How every template writes dates and times, as {@code #when} (see {@link NumberFormatDialect}): moments
 * ({@link Instant}, {@link ZonedDateTime}, {@link OffsetDateTime}) in Europe/Amsterdam, local dates and times as they
 * are; the Dutch way in every language of the page: {@code 3-11-2025}, {@code 3-11-2025 14:05}, {@code 14:05}; with
 * the month written out in the language of the page: {@code 3 november 2025}. Null becomes an empty text.
 */
public final class DateTimeFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final Locale locale;

    public DateTimeFormats(Locale locale) {
        this.locale = locale == null ? Locale.forLanguageTag("nl-NL") : locale;
    }

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

    /** The day with the month written out in the language of the page: 3 november 2025. */
    public String longDate(Object value) {
        return format(value, DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    /** The day with the month shortened in the language of the page: 3 nov. 2025 (nl), 3 Nov 2025 (en). */
    public String shortDate(Object value) {
        return format(value, DateTimeFormatter.ofPattern("d MMM yyyy", locale));
    }

    /** The day with the month written out and the time: 3 november 2025 14:05. */
    public String longDateTime(Object value) {
        return format(value, DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale));
    }

    /** The name of the day of the week in the language of the page: maandag. */
    public String dayName(DayOfWeek day) {
        return day == null ? "" : day.getDisplayName(TextStyle.FULL, locale);
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
