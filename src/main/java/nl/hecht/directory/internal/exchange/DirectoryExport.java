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
import nl.hecht.directory.internal.exchange.ExchangeData.EntryData;
import nl.hecht.directory.internal.exchange.ExchangeData.LocationData;
import nl.hecht.directory.internal.exchange.ExchangeData.OrganisationData;

/**
 * Export of the whole sociale kaart (R090, R236): as HSDS 3.0 JSON and as CSV. Everything under the id a file knows
 * it by: its external id when it came in through an import, else Hecht's own id; in the order of those ids.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryExport {

    private static final Comparator<String> BY_ID = Comparator.naturalOrder();

    private final Organisations organisations;
    private final SocialMap socialMap;

    DirectoryExport(Organisations organisations, SocialMap socialMap) {
        this.organisations = organisations;
        this.socialMap = socialMap;
    }

    public byte[] hsdsJson() {
        Map<String, TaxonomyTerm> terms = new HashMap<>();
        for (Vocabulary vocabulary : Vocabulary.values()) {
            socialMap.terms(vocabulary).forEach(term -> terms.put(term.code(), term));
        }
        return HsdsJson.write(snapshot(), terms);
    }

    public byte[] csv() {
        return DirectoryCsv.write(snapshot());
    }

    /** The whole sociale kaart, ordered by id. */
    List<OrganisationData> snapshot() {
        List<OrganisationData> result = new ArrayList<>();
        for (Organisation organisation : organisations.all()) {
            Map<LocationId, String> locationIds = new LinkedHashMap<>();
            List<LocationData> locations = new ArrayList<>();
            for (Location location : socialMap.locationsOf(organisation.id())) {
                String id = exportId(location.externalId(), location.id().value());
                locationIds.put(location.id(), id);
                locations.add(new LocationData(id, new LocationDetails(location.name(), location.address(),
                        location.postalCode(), location.city(), location.neighbourhood(), location.latitude(),
                        location.longitude(), location.wheelchairAccessible(), location.accessibility()), null));
            }
            locations.sort(Comparator.comparing(LocationData::id, BY_ID));
            List<EntryData> entries = new ArrayList<>();
            for (ServiceView entry : socialMap.ofOrganisation(organisation.id())) {
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

    static String exportId(String externalId, UUID id) {
        return externalId != null ? externalId : id.toString();
    }
}
