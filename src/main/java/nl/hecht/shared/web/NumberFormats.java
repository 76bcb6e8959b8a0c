package nl.hecht.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How every template writes numbers, as {@code #num} (see {@link NumberFormatDialect}): in the language of the page
 * (Dutch: "1.234", "26,1"), years without a separator ("2024"). Null becomes an empty text.
 */
public final class NumberFormats {

    private final Locale locale;

    public NumberFormats(Locale locale) {
        this.locale = locale == null ? Locale.forLanguageTag("nl-NL") : locale;
    }

    /** A whole number with thousands separators: 120.000. */
    public String integer(Number number) {
        if (number == null) {
            return "";
        }
        return NumberFormat.getIntegerInstance(locale).format(rounded(number, 0));
    }

    /** A number with exactly this many decimals: 26,1 (and 26,0). */
    public String decimal(Number number, int decimals) {
        if (number == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(rounded(number, decimals));
    }

    /** A share in percent with one decimal: 18,5%. */
    public String percent(Number number) {
        return number == null ? "" : decimal(number, 1) + "%";
    }

    /** A year as it is written, without a thousands separator: 2024. */
    public String year(Number year) {
        return year == null ? "" : Long.toString(year.longValue());
    }

    private static BigDecimal rounded(Number number, int decimals) {
        BigDecimal value = number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }
}
