package nl.hecht.directory.internal.exchange;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.hecht.directory.WeeklyHours;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.NeighbourhoodCode;

/** Reading and writing the simple values of both formats: days, times, dates, numbers, yes/no, lists of codes. */
final class Values {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[|,;\\s]+");
    private static final Pattern PERIOD = Pattern.compile("([A-Za-z]{2})\\s+(\\d{1,2}[:.]\\d{2})(?::\\d{2})?\\s*-\\s*(\\d{1,2}[:.]\\d{2})(?::\\d{2})?");
    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(Map.entry("MO", DayOfWeek.MONDAY),
            Map.entry("TU", DayOfWeek.TUESDAY), Map.entry("WE", DayOfWeek.WEDNESDAY),
            Map.entry("TH", DayOfWeek.THURSDAY), Map.entry("FR", DayOfWeek.FRIDAY),
            Map.entry("SA", DayOfWeek.SATURDAY), Map.entry("SU", DayOfWeek.SUNDAY),
            Map.entry("MA", DayOfWeek.MONDAY), Map.entry("DI", DayOfWeek.TUESDAY),
            Map.entry("WO", DayOfWeek.WEDNESDAY), Map.entry("DO", DayOfWeek.THURSDAY),
            Map.entry("VR", DayOfWeek.FRIDAY), Map.entry("ZA", DayOfWeek.SATURDAY),
            Map.entry("ZO", DayOfWeek.SUNDAY));

    private Values() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** RFC 5545 day code (HSDS byday): MO, TU, … */
    static String dayCode(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    static DayOfWeek day(String code) {
        DayOfWeek day = code == null ? null : DAYS.get(code.strip().toUpperCase(Locale.ROOT));
        if (day == null) {
            throw new DomainException("directory.import.error.day", code == null ? "" : code.strip());
        }
        return day;
    }

    static LocalTime time(String value) {
        try {
            String text = value.strip().replace('.', ':');
            return LocalTime.parse(text.length() == 4 ? "0" + text : text.length() > 5 ? text.substring(0, 5) : text,
                    TIME);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new DomainException("service.error.hours");
        }
    }

    /** "MO 09:00-12:00|TU 13:00-17:00" (Dutch day codes too: ma, di, wo, do, vr, za, zo). */
    static List<WeeklyHours> hours(String value) {
        List<WeeklyHours> hours = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return hours;
        }
        for (String part : value.split("\\|")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher matcher = PERIOD.matcher(part.strip());
            if (!matcher.matches()) {
                throw new DomainException("directory.import.error.hours", part.strip());
            }
            hours.add(new WeeklyHours(day(matcher.group(1)), time(matcher.group(2)), time(matcher.group(3))));
        }
        return hours;
    }

    static String hours(List<WeeklyHours> hours) {
        return String.join("|", hours.stream().map(period -> dayCode(period.day()) + " "
                + TIME.format(period.opensAt()) + "-" + TIME.format(period.closesAt())).toList());
    }

    static Set<String> codes(String value) {
        Set<String> codes = new LinkedHashSet<>();
        if (value != null) {
            for (String code : LIST_SEPARATOR.split(value.strip())) {
                if (!code.isBlank()) {
                    codes.add(code.strip());
                }
            }
        }
        return codes;
    }

    static NeighbourhoodCode neighbourhood(String value) {
        if (!NeighbourhoodCode.isValid(value)) {
            throw new DomainException("directory.import.error.neighbourhood", value == null ? "" : value.strip());
        }
        return new NeighbourhoodCode(value);
    }

    static Integer integer(String value, String error) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new DomainException(error);
        }
    }

    static Double decimal(String value, String error) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new DomainException(error);
        }
    }

    static String decimal(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).toPlainString();
    }

    /** ja/nee, yes/no, true/false, 1/0; empty is the default. */
    static boolean yesNo(String value, boolean otherwise, String column) {
        String text = blankToNull(value);
        if (text == null) {
            return otherwise;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "ja", "j", "yes", "y", "true", "1", "waar" -> true;
            case "nee", "n", "no", "false", "0", "onwaar" -> false;
            default -> throw new DomainException("directory.import.error.yes-no", column, text);
        };
    }

    static String yesNo(boolean value) {
        return value ? "ja" : "nee";
    }

    /** ISO (2025-03-31) or Dutch (31-3-2025). */
    static LocalDate date(String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return text.indexOf('-') == 4 ? LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text)
                    : LocalDate.parse(text, DUTCH_DATE);
        } catch (DateTimeParseException e) {
            throw new DomainException("directory.import.error.date", text);
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, E otherwise, String error) {
        String text = blankToNull(value);
        if (text == null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new DomainException(error, text);
        }
    }
}
