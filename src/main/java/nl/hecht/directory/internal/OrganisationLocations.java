package nl.hecht.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.transaction.annotation.Transactional;

import nl.hecht.area.Areas;
import nl.hecht.directory.Location;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;
import nl.hecht.shared.Today;

/**
 * An organisation's page on the sociale kaart (its entries and locations) and the form for its locations, kept by
 * its staff, administrators and RESV staff of its region (R090). A location of another organisation answers 404.
 */
@ApplicationService
@Transactional
public class OrganisationLocations {

    private final ServiceRepository services;
    private final LocationRepository locations;
    private final OrganisationRepository organisations;
    private final SocialMapRegister register;
    private final EntryAccess rules;
    private final Areas areas;
    private final NeighbourhoodChoices neighbourhoodChoices;
    private final Clock clock;

    OrganisationLocations(ServiceRepository services, LocationRepository locations,
            OrganisationRepository organisations, SocialMapRegister register, EntryAccess rules, Areas areas,
            NeighbourhoodChoices neighbourhoodChoices, Clock clock) {
        this.services = services;
        this.locations = locations;
        this.organisations = organisations;
        this.register = register;
        this.rules = rules;
        this.areas = areas;
        this.neighbourhoodChoices = neighbourhoodChoices;
        this.clock = clock;
    }

    @UseCase(policy = DirectoryPolicyNames.VIEW_ORGANISATION)
    @Transactional(readOnly = true)
    public OrganisationPage organisationPage(CurrentUser user, OrganisationId id) {
        RegisteredOrganisation organisation = organisation(id);
        LocalDate dueBefore = today().minusMonths(ServiceEntry.VERIFY_MONTHS);
        List<EntryOverview.OverviewRow> entries = services.findByOrganisation(id.value()).stream()
                .map(entry -> new EntryOverview.OverviewRow(entry.id(), entry.name(), entry.kind(), organisation.name(),
                        entry.lastVerifiedOn(), entry.lastVerifiedOn().isBefore(dueBefore)))
                .toList();
        Map<String, String> names = new HashMap<>();
        List<Location> own = register.locationsOf(id);
        Set<NeighbourhoodCode> codes = own.stream().map(Location::neighbourhood).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        areas.neighbourhoods(codes).forEach(n -> names.put(n.code().value(), n.name()));
        return new OrganisationPage(organisation.toView(), own, names, entries, rules.mayManage(user, organisation),
                rules.mayManageStaff(user, organisation));
    }

    @UseCase(policy = DirectoryPolicyNames.MAINTAIN_LOCATIONS)
    @Transactional(readOnly = true)
    public List<NeighbourhoodChoices.NeighbourhoodGroup> locationChoices(CurrentUser user, OrganisationId id,
            Collection<NeighbourhoodCode> current) {
        organisation(id);
        return neighbourhoodChoices.of(current);
    }

    @UseCase(policy = DirectoryPolicyNames.MAINTAIN_LOCATIONS)
    @Transactional(readOnly = true)
    public EditableLocation location(CurrentUser user, OrganisationId organisationId, LocationId id) {
        LocationEntity location = ownLocation(organisationId, id);
        return new EditableLocation(location.toView(), location.details(), location.version());
    }

    @UseCase(policy = DirectoryPolicyNames.MAINTAIN_LOCATIONS)
    public LocationId addLocation(CurrentUser user, OrganisationId organisationId, LocationDetails details) {
        organisation(organisationId);
        return register.addLocation(organisationId, details);
    }

    @UseCase(policy = DirectoryPolicyNames.MAINTAIN_LOCATIONS)
    public void changeLocation(CurrentUser user, OrganisationId organisationId, LocationId id, LocationDetails details,
            Long version) {
        ownLocation(organisationId, id);
        register.changeLocation(id, details, version);
    }

    private RegisteredOrganisation organisation(OrganisationId id) {
        return organisations.findById(id.value()).orElseThrow(NotFoundException::new);
    }

    private LocationEntity ownLocation(OrganisationId organisationId, LocationId id) {
        return locations.findById(id.value()).filter(l -> l.organisation().equals(organisationId))
                .orElseThrow(NotFoundException::new);
    }

    private LocalDate today() {
        return Today.in(clock);
    }

    public record OrganisationPage(Organisation organisation, List<Location> locations,
            Map<String, String> neighbourhoodNames, List<EntryOverview.OverviewRow> entries, boolean mayManage, boolean mayManageStaff) {
    }

    public record EditableLocation(Location location, LocationDetails details, Long version) {
    }
}
