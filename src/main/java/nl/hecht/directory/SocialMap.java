package nl.hecht.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.hecht.identity.AccountId;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The entries of the sociale kaart: services, community initiatives and access points, and the locations of
 * organisations. Changes name who made them (the change history and "last verified" need it); whether that
 * person may make them is checked before, by the directory's access rules.
 */
public interface SocialMap {

    Optional<ServiceView> find(ServiceId id);

    /** Entries of the sociale basis (kind INITIATIVE) serving at least one of the neighbourhoods, by name. */
    List<InitiativeSummary> initiativesServing(Collection<NeighbourhoodCode> neighbourhoods);

    /** The organisation's entries, by name. */
    List<ServiceView> ofOrganisation(OrganisationId organisation);

    ServiceId register(OrganisationId organisation, ServiceDetails details, AccountId by);

    /** Changes the entry; saving counts as verifying it. */
    void change(ServiceId id, ServiceDetails details, AccountId by);

    /** Confirms the entry is still right without changing it. */
    void verify(ServiceId id, AccountId by);

    List<Location> locationsOf(OrganisationId organisation);

    Optional<Location> location(LocationId id);

    LocationId addLocation(OrganisationId organisation, LocationDetails details);

    void changeLocation(LocationId id, LocationDetails details);

    /** The managed taxonomy, in its order. */
    List<TaxonomyTerm> terms(Vocabulary vocabulary);

    Optional<TaxonomyTerm> term(String code);

    /**
     * Every entry (of any kind) that serves one of the neighbourhoods or has a location in one, with those of the
     * given neighbourhoods it covers (for counting the supply of an area by category).
     */
    List<SupplyEntry> supplyIn(Collection<NeighbourhoodCode> neighbourhoods);
}
