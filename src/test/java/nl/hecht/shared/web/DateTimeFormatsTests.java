package nl.hecht.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class DateTimeFormatsTests {

    private final DateTimeFormats when = new DateTimeFormats(Locale.forLanguageTag("nl-NL"));

    @Test
    void datesAreWrittenTheDutchWay() {
        assertThat(when.date(LocalDate.of(2025, 11, 3))).isEqualTo("3-11-2025");
        assertThat(when.date(LocalDate.of(2025, 9, 18))).isEqualTo("18-9-2025");
        assertThat(when.dateTime(LocalDateTime.of(2025, 1, 5, 9, 7))).isEqualTo("5-1-2025 09:07");
        assertThat(when.time(LocalTime.of(14, 5))).isEqualTo("14:05");
    }

    @Test
    void momentsAreShownInAmsterdamTime() {
        Instant evening = Instant.parse("2025-03-31T22:30:00Z");
        assertThat(when.date(evening)).isEqualTo("1-4-2025");
        assertThat(when.dateTime(evening)).isEqualTo("1-4-2025 00:30");
        assertThat(when.time(Instant.parse("2025-01-15T12:00:00Z"))).isEqualTo("13:00");
        assertThat(when.dateTime(ZonedDateTime.of(2025, 7, 1, 10, 0, 0, 0, ZoneOffset.UTC))).isEqualTo("1-7-2025 12:00");
        assertThat(when.time(evening.atOffset(ZoneOffset.UTC))).isEqualTo("00:30");
    }

    @Test
    void monthsAndDaysAreWrittenOutInTheLanguageOfThePage() {
        assertThat(when.longDate(LocalDate.of(2025, 11, 3))).isEqualTo("3 november 2025");
        assertThat(when.longDateTime(Instant.parse("2025-03-31T22:30:00Z"))).isEqualTo("1 april 2025 00:30");
        assertThat(when.dayName(DayOfWeek.MONDAY)).isEqualTo("maandag");
        assertThat(when.shortDate(LocalDate.of(2025, 11, 3))).isEqualTo(
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("nl-NL"))
                        .format(LocalDate.of(2025, 11, 3)));
        DateTimeFormats english = new DateTimeFormats(Locale.ENGLISH);
        assertThat(english.longDate(LocalDate.of(2025, 11, 3))).isEqualTo("3 November 2025");
        assertThat(english.dayName(DayOfWeek.MONDAY)).isEqualTo("Monday");
        assertThat(english.shortDate(LocalDate.of(2025, 11, 3))).isEqualTo("3 Nov 2025");
        assertThat(english.date(LocalDate.of(2025, 11, 3))).isEqualTo("3-11-2025");
    }

    @Test
    void nothingIsAnEmptyTextAndOtherThingsAreABug() {
        assertThat(when.date(null)).isEmpty();
        assertThat(when.dateTime(null)).isEmpty();
        assertThatThrownBy(() -> when.date("2025-01-01")).isInstanceOf(IllegalArgumentException.class);
    }
}
