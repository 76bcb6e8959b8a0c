package nl.hecht.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/** "Open now" compares the quarter-hour of the week, in Dutch time, with the indexed opening slots. */
class OpeningSlotsTests {

    private static Instant amsterdam(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+01:00[Europe/Amsterdam]").toInstant();
    }

    @Test
    void slotsCountFromMondayMidnightInDutchTime() {
        assertThat(ServiceEntry.slotOf(amsterdam("2026-11-23T00:00:00"))).isZero(); // a Monday
        assertThat(ServiceEntry.slotOf(amsterdam("2026-11-23T09:14:59"))).isEqualTo(36);
        assertThat(ServiceEntry.slotOf(amsterdam("2026-11-23T09:15:00"))).isEqualTo(37);
        assertThat(ServiceEntry.slotOf(amsterdam("2026-11-29T23:59:00"))).isEqualTo(7 * 96 - 1); // Sunday night
    }

    @Test
    void summerTimeIsDutchTimeToo() {
        Instant mondayNineSummer = ZonedDateTime.parse("2026-06-01T09:00:00+02:00[Europe/Amsterdam]").toInstant();
        assertThat(ServiceEntry.slotOf(mondayNineSummer)).isEqualTo(36);
    }
}
