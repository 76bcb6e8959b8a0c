package nl.hecht.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.hecht.directory.LocationId;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.WeeklyHours;
import nl.hecht.directory.internal.HistoryRecord.FieldChange;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The fields of an entry that differ between two versions of its details, as text, for the change history (issue
 * 5 part 4). Sets are sorted, so the same set in another order is no change; locations are named.
 */
final class EntryDiff {

    /** The fields in the order the history shows them. */
    static final List<String> FIELDS = List.of("kind", "name", "description", "category", "targetGroups",
            "eligibility", "access", "referralBy", "costs", "languages", "phone", "email", "website", "contactName",
            "organiser", "waitingDays", "neighbourhoods", "hours", "locations", "publicEntry", "active");

    private EntryDiff() {
    }

    static List<FieldChange> between(ServiceDetails before, ServiceDetails after, Map<LocationId, String> locationNames) {
        List<FieldChange> changes = new ArrayList<>();
        Function<LocationId, String> name = id -> locationNames.getOrDefault(id, id.toString());
        add(changes, "kind", before.kind().name(), after.kind().name());
        add(changes, "name", before.name(), after.name());
        add(changes, "description", before.description(), after.description());
        add(changes, "category", before.categoryCode(), after.categoryCode());
        add(changes, "targetGroups", sorted(before.targetGroups()), sorted(after.targetGroups()));
        add(changes, "eligibility", before.eligibility(), after.eligibility());
        add(changes, "access", before.access().name(), after.access().name());
        add(changes, "referralBy", before.referralBy(), after.referralBy());
        add(changes, "costs", before.costs(), after.costs());
        add(changes, "languages", sorted(before.languages()), sorted(after.languages()));
        add(changes, "phone", before.phone(), after.phone());
        add(changes, "email", before.email(), after.email());
        add(changes, "website", before.website(), after.website());
        add(changes, "contactName", before.contactName(), after.contactName());
        add(changes, "organiser", before.organiser(), after.organiser());
        add(changes, "waitingDays", text(before.waitingDays()), text(after.waitingDays()));
        add(changes, "neighbourhoods", sorted(codes(before.neighbourhoods())), sorted(codes(after.neighbourhoods())));
        add(changes, "hours", hours(before.hours()), hours(after.hours()));
        add(changes, "locations", sorted(before.locations().stream().map(name).toList()),
                sorted(after.locations().stream().map(name).toList()));
        add(changes, "publicEntry", String.valueOf(before.publicEntry()), String.valueOf(after.publicEntry()));
        add(changes, "active", String.valueOf(before.active()), String.valueOf(after.active()));
        return changes;
    }

    private static void add(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    private static List<String> codes(Collection<NeighbourhoodCode> codes) {
        return codes.stream().map(NeighbourhoodCode::value).toList();
    }

    private static String sorted(Collection<String> values) {
        return values.isEmpty() ? null : values.stream().sorted().collect(Collectors.joining(", "));
    }

    /** "MONDAY 09:00-12:30, TUESDAY 13:00-17:00": day names are translated when shown. */
    static String hours(List<WeeklyHours> hours) {
        return hours.isEmpty() ? null
                : hours.stream().sorted().map(h -> h.day() + " " + h.opensAt() + "-" + h.closesAt())
                        .collect(Collectors.joining(", "));
    }
}
