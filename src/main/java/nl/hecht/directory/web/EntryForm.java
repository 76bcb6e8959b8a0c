package nl.hecht.directory.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.validation.Errors;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.ServiceView;
import nl.hecht.directory.WeeklyHours;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * An entry of the sociale kaart as typed on its form (one form for services, initiatives and access points; R072
 * the organiser of an initiative, R245–R247 the access point's type by its category). Numbers and times stay text
 * so that a wrong value comes back as typed; empty opening-hours rows are ignored.
 *
 * @param languages language codes separated by commas or spaces ("nl, en")
 * @param version the entry's version the form started from (optimistic locking)
 */
record EntryForm(@NotNull(message = "{entry.error.kind}") EntryKind kind,
        @NotBlank(message = "{service.error.name}") String name, String description,
        @NotBlank(message = "{service.error.category}") String categoryCode, Set<String> targetGroups,
        String eligibility, Referral access, String referralBy, String costs, String languages, String phone,
        String email, String website, String contactName, String organiser,
        @Pattern(regexp = "\\s*\\d{0,4}\\s*", message = "{service.error.waiting}") String waitingDays,
        Set<String> neighbourhoods, List<HoursRow> hours, Set<UUID> locations, Boolean publicEntry, Boolean active,
        Long version) {

    /** Empty rows shown below the filled ones, so hours can be added without JavaScript. */
    static final int EMPTY_ROWS = 2;

    EntryForm {
        targetGroups = targetGroups == null ? Set.of() : targetGroups;
        neighbourhoods = neighbourhoods == null ? Set.of() : neighbourhoods;
        locations = locations == null ? Set.of() : locations;
        hours = hours == null ? new ArrayList<>() : new ArrayList<>(hours);
        publicEntry = Boolean.TRUE.equals(publicEntry);
        active = Boolean.TRUE.equals(active);
    }

    static EntryForm empty() {
        return new EntryForm(EntryKind.SERVICE, null, null, null, Set.of(), null, Referral.SELF_REFERRAL, null, null,
                "nl", null, null, null, null, null, null, Set.of(), List.of(), Set.of(), false, true, null)
                ;
    }

    static EntryForm of(ServiceView view, Long version) {
        ServiceDetails d = view.details();
        return new EntryForm(d.kind(), d.name(), d.description(), d.categoryCode(), d.targetGroups(), d.eligibility(),
                d.access(), d.referralBy(), d.costs(), String.join(", ", d.languages().stream().sorted().toList()),
                d.phone(), d.email(), d.website(), d.contactName(), d.organiser(),
                d.waitingDays() == null ? null : d.waitingDays().toString(),
                d.neighbourhoods().stream().map(NeighbourhoodCode::value).collect(Collectors.toSet()),
                d.hours().stream().map(HoursRow::of).toList(),
                d.locations().stream().map(LocationId::value).collect(Collectors.toSet()), d.publicEntry(),
                d.active(), version);
    }

    /** Checks the opening hours and marks each wrong row's field; a neighbourhood code no list offers is refused. */
    void check(Errors errors) {
        if (!neighbourhoods.stream().allMatch(NeighbourhoodCode::isValid)) {
            errors.rejectValue("neighbourhoods", "service.error.neighbourhood");
        }
        for (int i = 0; i < hours.size(); i++) {
            HoursRow row = hours.get(i);
            if (row.isEmpty()) {
                continue;
            }
            if (row.dayOfWeek() == null) {
                errors.rejectValue("hours[" + i + "].day", "service.error.hours");
            }
            if (HoursRow.time(row.opensAt()) == null) {
                errors.rejectValue("hours[" + i + "].opensAt", "service.error.hours");
            }
            if (HoursRow.time(row.closesAt()) == null) {
                errors.rejectValue("hours[" + i + "].closesAt", "service.error.hours");
            }
        }
    }

    /** The details for the domain, which checks them (and refuses with a message key). */
    ServiceDetails toDetails() {
        Set<String> languageCodes = languages == null ? Set.of()
                : Arrays.stream(languages.split("[,;\\s]+")).filter(code -> !code.isBlank())
                        .collect(Collectors.toCollection(HashSet::new));
        List<WeeklyHours> weekly = hours.stream().filter(row -> !row.isEmpty())
                .map(row -> new WeeklyHours(row.dayOfWeek(), HoursRow.time(row.opensAt()), HoursRow.time(row.closesAt())))
                .toList();
        return new ServiceDetails(kind, name, description, categoryCode, targetGroups, eligibility, access, referralBy,
                costs, languageCodes, phone, email, website, contactName, organiser,
                waitingDays == null || waitingDays.isBlank() ? null : Integer.valueOf(waitingDays.strip()),
                neighbourhoods.stream().map(NeighbourhoodCode::new).collect(Collectors.toSet()), weekly,
                locations.stream().map(LocationId::new).collect(Collectors.toSet()), publicEntry, active);
    }

    /** One row of opening hours as typed: a day (MONDAY…) and two times (9:00, 17:30). */
    record HoursRow(String day, String opensAt, String closesAt) {

        static HoursRow of(WeeklyHours hours) {
            return new HoursRow(hours.day().name(), hours.opensAt().toString(), hours.closesAt().toString());
        }

        boolean isEmpty() {
            return blank(day) && blank(opensAt) && blank(closesAt);
        }

        DayOfWeek dayOfWeek() {
            try {
                return blank(day) ? null : DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        static LocalTime time(String typed) {
            if (blank(typed)) {
                return null;
            }
            String value = typed.strip().replace('.', ':');
            if (value.matches("\\d:\\d\\d")) {
                value = "0" + value;
            }
            if (value.matches("\\d{1,2}")) {
                value = (value.length() == 1 ? "0" : "") + value + ":00";
            }
            try {
                return LocalTime.parse(value);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
