package nl.hecht.shared;

import java.time.Clock;
import java.time.LocalDate;

/** The one way to ask which day it is: the date of the clock in Europe/Amsterdam ({@link TimeConfiguration#ZONE}). */
public final class Today {

    private Today() {
    }

    /** Today in the Netherlands, by the given (injected) clock. */
    public static LocalDate in(Clock clock) {
        return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
    }
}
