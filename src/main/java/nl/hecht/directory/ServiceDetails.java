package nl.hecht.directory;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import nl.hecht.shared.DomainException;
import nl.hecht.shared.EmailAddress;
import nl.hecht.shared.PhoneNumber;
import nl.hecht.shared.PlainText;
import nl.hecht.shared.WebAddress;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * What an entry of the sociale kaart says, to register it or change it; checks itself. Codes of the category and
 * the target groups are checked against the managed taxonomy by the register, not here.
 *
 * @param access self-referral or referral needed; {@code referralBy} says by whom (e.g. "huisarts, wijkteam")
 * @param organiser for a community initiative: who organises it (the trekker, R072)
 * @param waitingDays indicative waiting time in days; 0 = no waiting time, null = unknown
 * @param languages ISO 639-1 codes of the languages the service is given in
 * @param publicEntry whether residents may find it in the public directory without an account
 */
public record ServiceDetails(EntryKind kind, String name, String description, String categoryCode,
        Set<String> targetGroups, String eligibility, Referral access, String referralBy, String costs,
        Set<String> languages, String phone, String email, String website, String contactName, String organiser,
        Integer waitingDays, Set<NeighbourhoodCode> neighbourhoods, List<WeeklyHours> hours,
        Set<LocationId> locations, boolean publicEntry, boolean active) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public ServiceDetails {
        Objects.requireNonNull(kind, "kind");
        name = text(name, 200, "service.error.name");
        if (name == null) {
            throw new DomainException("service.error.name");
        }
        description = text(description, 4000, "service.error.description");
        categoryCode = text(categoryCode, 60, "service.error.category");
        if (categoryCode == null) {
            throw new DomainException("service.error.category");
        }
        targetGroups = Set.copyOf(targetGroups == null ? Set.of() : targetGroups);
        eligibility = text(eligibility, 1000, "service.error.eligibility");
        access = access == null ? Referral.SELF_REFERRAL : access;
        referralBy = text(referralBy, 300, "service.error.referral-by");
        costs = text(costs, 300, "service.error.costs");
        SortedSet<String> cleanLanguages = new TreeSet<>();
        for (String language : languages == null ? Set.<String>of() : languages) {
            String code = language == null ? "" : language.strip().toLowerCase(java.util.Locale.ROOT);
            if (!LANGUAGE.matcher(code).matches()) {
                throw new DomainException("service.error.language");
            }
            cleanLanguages.add(code);
        }
        languages = Set.copyOf(cleanLanguages);
        phone = text(phone, 40, "service.error.phone");
        if (phone != null && !PhoneNumber.isValid(phone)) {
            throw new DomainException("service.error.phone");
        }
        email = text(email, 200, "service.error.email");
        if (email != null && !EmailAddress.isValid(email)) {
            throw new DomainException("service.error.email");
        }
        website = text(website, 300, "service.error.website");
        if (website != null && !WebAddress.isValid(website)) {
            throw new DomainException("service.error.website");
        }
        contactName = text(contactName, 200, "service.error.contact");
        organiser = text(organiser, 200, "service.error.organiser");
        if (waitingDays != null && (waitingDays < 0 || waitingDays > 3650)) {
            throw new DomainException("service.error.waiting");
        }
        neighbourhoods = Set.copyOf(neighbourhoods == null ? Set.of() : neighbourhoods);
        hours = hours == null ? List.of() : hours.stream().sorted().toList();
        for (int i = 1; i < hours.size(); i++) {
            WeeklyHours before = hours.get(i - 1);
            WeeklyHours next = hours.get(i);
            if (before.day() == next.day() && next.opensAt().isBefore(before.closesAt())) {
                throw new DomainException("service.error.hours-overlap");
            }
        }
        locations = Set.copyOf(locations == null ? Set.of() : locations);
    }

    private static String text(String value, int max, String error) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = PlainText.check(value.strip());
        if (stripped.length() > max) {
            throw new DomainException(error);
        }
        return stripped;
    }
}
