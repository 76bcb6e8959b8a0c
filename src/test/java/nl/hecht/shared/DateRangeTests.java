package nl.hecht.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class DateRangeTests {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate JUN_30 = LocalDate.of(2025, 6, 30);

    @Test
    void bothEndsAreIncludedAndAnOpenRangeHasNoEnd() {
        DateRange half = DateRange.between(JAN_1, JUN_30);
        assertThat(half.contains(JAN_1)).isTrue();
        assertThat(half.contains(JUN_30)).isTrue();
        assertThat(half.contains(JUN_30.plusDays(1))).isFalse();
        assertThat(half.contains(JAN_1.minusDays(1))).isFalse();
        DateRange open = DateRange.from(JAN_1);
        assertThat(open.isOpen()).isTrue();
        assertThat(open.end()).isEmpty();
        assertThat(open.contains(LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(DateRange.between(JAN_1, JAN_1).contains(JAN_1)).isTrue();
    }

    @Test
    void theEndIsNeverBeforeTheStart() {
        assertThatThrownBy(() -> DateRange.between(JUN_30, JAN_1)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(DateRange.INVALID);
        assertThatThrownBy(() -> DateRange.from(JUN_30).endingOn(JAN_1)).isInstanceOf(DomainException.class);
    }

    @Test
    void rangesOverlapWhenTheyShareADay() {
        DateRange half = DateRange.between(JAN_1, JUN_30);
        assertThat(half.overlaps(DateRange.between(JUN_30, JUN_30.plusDays(5)))).isTrue();
        assertThat(half.overlaps(DateRange.from(JUN_30.plusDays(1)))).isFalse();
        assertThat(half.overlaps(DateRange.between(JAN_1.minusDays(9), JAN_1.minusDays(1)))).isFalse();
        assertThat(DateRange.from(JUN_30).overlaps(DateRange.from(JAN_1))).isTrue();
        assertThat(DateRange.from(JAN_1).overlaps(half)).isTrue();
    }

    @Test
    void aRangeReadsAndWritesAsIsoText() {
        assertThat(DateRange.parse("2025-01-01/2025-06-30")).isEqualTo(DateRange.between(JAN_1, JUN_30));
        assertThat(DateRange.parse("2025-01-01/")).isEqualTo(DateRange.from(JAN_1));
        assertThat(DateRange.parse("2025-01-01")).isEqualTo(DateRange.from(JAN_1));
        assertThat(DateRange.between(JAN_1, JUN_30)).hasToString("2025-01-01/2025-06-30");
        assertThat(DateRange.from(JAN_1)).hasToString("2025-01-01/");
        for (String wrong : new String[] {"gisteren", "2025-13-01/", "2025-06-30/2025-01-01"}) {
            assertThatThrownBy(() -> DateRange.parse(wrong)).as(wrong).isInstanceOf(DomainException.class);
        }
    }

    @Test
    void todayIsTheDateInAmsterdam() {
        Clock lateEvening = Clock.fixed(Instant.parse("2025-03-31T22:30:00Z"), ZoneOffset.UTC);
        assertThat(Today.in(lateEvening)).isEqualTo(LocalDate.of(2025, 4, 1));
    }
}
