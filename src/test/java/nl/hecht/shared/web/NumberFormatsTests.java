package nl.hecht.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class NumberFormatsTests {

    private final NumberFormats dutch = new NumberFormats(Locale.forLanguageTag("nl-NL"));

    @Test
    void dutchNumbersGroupThousandsWithAPointAndUseADecimalComma() {
        assertThat(dutch.integer(120_345)).isEqualTo("120.345");
        assertThat(dutch.decimal(new BigDecimal("26.1"), 1)).isEqualTo("26,1");
        assertThat(dutch.decimal(26.0, 1)).isEqualTo("26,0");
        assertThat(dutch.decimal(1.45, 1)).isEqualTo("1,5");
        assertThat(dutch.percent(18.54)).isEqualTo("18,5%");
    }

    @Test
    void yearsHaveNoSeparator() {
        assertThat(dutch.year(2024)).isEqualTo("2024");
        assertThat(new NumberFormats(Locale.ENGLISH).year(2024)).isEqualTo("2024");
    }

    @Test
    void englishPagesUseEnglishSeparatorsAndNullIsEmpty() {
        NumberFormats english = new NumberFormats(Locale.ENGLISH);
        assertThat(english.integer(120_345)).isEqualTo("120,345");
        assertThat(english.decimal(26.1, 1)).isEqualTo("26.1");
        assertThat(dutch.integer(null)).isEmpty();
        assertThat(dutch.year(null)).isEmpty();
    }
}
