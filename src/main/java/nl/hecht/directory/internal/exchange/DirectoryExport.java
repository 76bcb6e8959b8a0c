package nl.hecht.directory.internal.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.Location;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.Organisation;
import nl.hecht.directory.Organisations;
import nl.hecht.directory.ServiceView;
import nl.hecht.directory.SocialMap;
import nl.hecht.directory.TaxonomyTerm;
import nl.hecht.directory.Vocabulary;
import nl.hecht.directory.internal.EntryAccess;
import nl.hecht.directory.internal.EntryScope;
import nl.hecht.directory.internal.exchange.ExchangeData.EntryData;
import nl.hecht.directory.internal.exchange.ExchangeData.LocationData;
import nl.hecht.directory.internal.exchange.ExchangeData.OrganisationData;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * Export of the sociale kaart (R090, R236): as HSDS 3.0 JSON and as CSV. Administrators export the whole of it, RESV
 * staff the organisations and entries of their regions ({@link EntryScope}); an organisation that is not the
 * region's itself comes with the region's entries only. Everything under the id a file knows it by: its external id
 * when it came in through an import, else Hecht's own id; in the order of those ids.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryExport {

    private static final Comparator<String> BY_ID = Comparator.naturalOrder();

    private final Organisations organisations;
    private final SocialMap socialMap;
    private final EntryAccess scopes;

    DirectoryExport(Organisations organisations, SocialMap socialMap, EntryAccess scopes) {
        this.organisations = organisations;
        this.socialMap = socialMap;
        this.scopes = scopes;
    }

    /** What the person may export as HSDS JSON: the whole for administrators, their regions' part for RESV staff. */
    byte[] hsdsJson(CurrentUser user) {
        return hsdsJson(scopes.scopeOf(user));
    }

    /** What the person may export as CSV: the whole for administrators, their regions' part for RESV staff. */
    byte[] csv(CurrentUser user) {
        return DirectoryCsv.write(snapshot(scopes.scopeOf(user)));
    }

    /** The whole sociale kaart as HSDS JSON (command line, tests). */
    byte[] hsdsJson() {
        return hsdsJson(EntryScope.WHOLE);
    }

    /** The whole sociale kaart as CSV (tests). */
    byte[] csv() {
        return DirectoryCsv.write(snapshot(EntryScope.WHOLE));
    }

    private byte[] hsdsJson(EntryScope scope) {
        Map<String, TaxonomyTerm> terms = new HashMap<>();
        for (Vocabulary vocabulary : Vocabulary.values()) {
            socialMap.terms(vocabulary).forEach(term -> terms.put(term.code(), term));
        }
        return HsdsJsonWriter.write(snapshot(scope), terms);
    }

    /** The whole sociale kaart, ordered by id. */
    List<OrganisationData> snapshot() {
        return snapshot(EntryScope.WHOLE);
    }

    /** The part of the sociale kaart in the scope, ordered by id. */
    List<OrganisationData> snapshot(EntryScope scope) {
        List<OrganisationData> result = new ArrayList<>();
        for (Organisation organisation : organisations.all()) {
            List<Location> own = socialMap.locationsOf(organisation.id());
            List<ServiceView> views = socialMap.ofOrganisation(organisation.id());
            Map<LocationId, String> neighbourhoodOf = new HashMap<>();
            own.forEach(location -> neighbourhoodOf.put(location.id(), code(location.neighbourhood())));
            boolean organisationInScope = scope.coversOrganisation(neighbourhoodOf.values(),
                    views.stream().flatMap(view -> view.details().neighbourhoods().stream()).map(this::code)
                            .toList(), !views.isEmpty());
            List<ServiceView> inScope = views.stream().filter(view -> scope.coversEntry(organisationInScope,
                    areaOf(view, neighbourhoodOf))).toList();
            if (!organisationInScope && inScope.isEmpty()) {
                continue;
            }
            Map<LocationId, String> locationIds = new LinkedHashMap<>();
            List<LocationData> locations = new ArrayList<>();
            for (Location location : own) {
                String id = exportId(location.externalId(), location.id().value());
                locationIds.put(location.id(), id);
                locations.add(new LocationData(id, new LocationDetails(location.name(), location.address(),
                        location.postalCode(), location.city(), location.neighbourhood(), location.latitude(),
                        location.longitude(), location.wheelchairAccessible(), location.accessibility()), null));
            }
            locations.sort(Comparator.comparing(LocationData::id, BY_ID));
            List<EntryData> entries = new ArrayList<>();
            for (ServiceView entry : inScope) {
                List<String> at = entry.details().locations().stream().map(locationIds::get).sorted(BY_ID).toList();
                entries.add(new EntryData(exportId(entry.externalId(), entry.id().value()),
                        ExchangeData.withLocations(entry.details(), Set.of()), at, entry.lastVerifiedOn(), null));
            }
            entries.sort(Comparator.comparing(EntryData::id, BY_ID));
            result.add(new OrganisationData(exportId(organisation.externalId(), organisation.id().value()),
                    organisation.details(), locations, entries, null));
        }
        result.sort(Comparator.comparing(OrganisationData::id, BY_ID));
        return result;
    }

    private String code(NeighbourhoodCode code) {
        return code == null ? null : code.value();
    }

    private List<String> areaOf(ServiceView view, Map<LocationId, String> neighbourhoodOf) {
        List<String> area = new ArrayList<>();
        view.details().neighbourhoods().forEach(code -> area.add(code.value()));
        view.details().locations().forEach(id -> area.add(neighbourhoodOf.get(id)));
        return area;
    }

    static String exportId(String externalId, UUID id) {
        return externalId != null ? externalId : id.toString();
    }
}
