package nl.hecht.directory;

import java.time.LocalDate;
import java.util.List;

import nl.hecht.identity.AccountId;

/**
 * An entry of the sociale kaart as a whole, for its page, its form and the export.
 *
 * @param lastVerifiedOn the day an owner or curator last confirmed the entry is right ("last verified", HSDS
 *        assured_date)
 * @param verificationDue whether that day lies more than twelve months back
 */
public record ServiceView(ServiceId id, String externalId, Organisation organisation, ServiceDetails details,
        List<Location> locations, LocalDate lastVerifiedOn, AccountId lastVerifiedBy, boolean verificationDue) {
}
