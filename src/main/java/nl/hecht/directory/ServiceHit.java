package nl.hecht.directory;

import java.util.List;

/**
 * A search hit, read from the index alone (no database round trip).
 *
 * @param points the entry's locations (WGS84) for the map
 * @param distanceKm distance from the search's centre to the nearest location, or null
 * @param waitingDays indicative waiting time, null when unknown
 */
public record ServiceHit(ServiceId id, EntryKind kind, String name, String organisationName, String categoryCode,
        String summary, Referral access, Integer waitingDays, boolean publicEntry, List<GeoPoint> points,
        List<String> addresses, Double distanceKm) {
}
