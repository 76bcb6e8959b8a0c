package nl.hecht.directory.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;

/**
 * An entry of the public directory (R245–R247): only what residents and front-desk staff may see. Staff-only, and
 * therefore absent here by construction: the contact person's name, the organiser (trekker, often a private person),
 * the last-verified date and who verified it, the external id, the organisation's staff, AGB code, KvK number and list
 * size, and non-public or inactive entries altogether.
 */
record PublicEntry(String id, EntryKind kind, String name, String description, String categoryName,
        List<String> targetGroups, String eligibility, Referral access, String referralBy, String costs,
        List<String> languages, String phone, String email, String website, Integer waitingDays, List<Hours> hours,
        List<Place> places, List<String> neighbourhoods, String organisationName, String organisationWebsite,
        String organisationPhone) {

    record Hours(DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {
    }

    record Place(String name, String address, String postalCode, String city, boolean wheelchairAccessible,
            String accessibility, Double latitude, Double longitude) {

        /** The address on one line: "Kerkstraat 1, 9901 AA Voorbeeldstad". */
        public String line() {
            String town = java.util.stream.Stream.of(postalCode, city).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining(" "));
            return java.util.stream.Stream.of(address, town.isEmpty() ? null : town).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }
}
