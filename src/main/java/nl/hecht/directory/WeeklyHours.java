package nl.hecht.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

import nl.hecht.shared.DomainException;

/** One weekly opening period (HSDS schedule with freq WEEKLY and one byday): e.g. Monday 09:00–12:30. */
public record WeeklyHours(DayOfWeek day, LocalTime opensAt, LocalTime closesAt) implements Comparable<WeeklyHours> {

    public WeeklyHours {
        Objects.requireNonNull(day, "day");
        if (opensAt == null || closesAt == null || !opensAt.isBefore(closesAt)) {
            throw new DomainException("service.error.hours");
        }
    }

    /** Whether the moment (day and local time) falls inside this period. */
    public boolean covers(DayOfWeek when, LocalTime time) {
        return day == when && !time.isBefore(opensAt) && time.isBefore(closesAt);
    }

    @Override
    public int compareTo(WeeklyHours other) {
        int byDay = day.compareTo(other.day);
        return byDay != 0 ? byDay : opensAt.compareTo(other.opensAt);
    }
}
