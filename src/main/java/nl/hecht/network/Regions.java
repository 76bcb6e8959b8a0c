package nl.hecht.network;

import java.util.List;
import java.util.Optional;

import nl.hecht.identity.AccountId;

/** What other modules may ask about regions (RESV). */
public interface Regions {

    Optional<RegionSummary> find(RegionId id);

    List<RegionSummary> all();

    /** The regions where the account is staff, area manager or project lead. */
    List<RegionSummary> staffedBy(AccountId account);
}
