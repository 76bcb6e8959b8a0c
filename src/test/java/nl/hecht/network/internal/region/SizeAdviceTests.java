package nl.hecht.network.internal.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.hecht.shared.DomainException;

/** R014, R015, seed 000: too small is advice; larger than advised only when the region switches it on. */
class SizeAdviceTests {

    @Test
    void tooSmallIsAlwaysAdvice() {
        assertThat(SizeAdvice.DEFAULT.tooSmall(9_999)).isTrue();
        assertThat(SizeAdvice.DEFAULT.tooSmall(10_000)).isFalse();
        assertThat(new SizeAdvice(4_000, 12_000, true).tooSmall(3_999)).isTrue();
    }

    @Test
    void largerThanTheMaximumIsNotFlaggedByDefault() {
        assertThat(SizeAdvice.DEFAULT.warnTooLarge()).isFalse();
        assertThat(SizeAdvice.DEFAULT.tooLarge(1_000_000)).isFalse();
        assertThat(new SizeAdvice(4_000, 12_000).tooLarge(50_000)).isFalse();
    }

    @Test
    void largerThanTheMaximumIsFlaggedWhenTheRegionAsksForIt() {
        SizeAdvice withWarning = new SizeAdvice(4_000, 12_000, true);

        assertThat(withWarning.tooLarge(12_000)).isFalse();
        assertThat(withWarning.tooLarge(12_001)).isTrue();
    }

    @Test
    void aMaximumBelowTheMinimumIsRefusedEvenWithoutTheWarning() {
        assertThatThrownBy(() -> new SizeAdvice(10_000, 5_000, false)).isInstanceOf(DomainException.class)
                .hasMessage("region.error.size-advice");
    }
}
