package nl.hecht.directory.internal.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.shared.jobs.ImportProblem;

/**
 * The sociale kaart as import and export see it, the same for CSV and HSDS JSON: organisations with their locations
 * and entries, each under the id a file knows it by (the external id, or Hecht's own id for what was made in Hecht).
 * Entries refer to locations by those ids; their {@link ServiceDetails} carry no locations of their own.
 */
public final class ExchangeData {

    private ExchangeData() {
    }

    /** Where in a file something stands: a CSV line or a JSON path. */
    public record Source(Long line, String path) {

        static Source line(long line) {
            return new Source(line, null);
        }

        static Source path(String path) {
            return new Source(null, path);
        }
    }

    /** An organisation with what belongs to it. */
    public record OrganisationData(String id, NewOrganisation details, List<LocationData> locations,
            List<EntryData> entries, Source source) {

        public OrganisationData {
            locations = new ArrayList<>(locations);
            entries = new ArrayList<>(entries);
        }

        /** The key within one file: the id, else the name. */
        String key() {
            return id != null ? id : nameKey(details.name());
        }
    }

    public record LocationData(String id, LocationDetails details, Source source) {

        /** The key within one organisation of a file: the id, else the name. */
        String key() {
            return id != null ? id : nameKey(details.name());
        }
    }

    /**
     * An entry.
     *
     * @param locationIds the file's ids of the entry's locations, in order
     * @param assuredDate the "last verified" day the file gives, or null
     */
    public record EntryData(String id, ServiceDetails details, List<String> locationIds, LocalDate assuredDate,
            Source source) {
    }

    /** What a reader found: the organisations, or the problems that keep the file from being imported. */
    public record ReadResult(List<OrganisationData> organisations, List<ImportProblem> problems, int recordsRead) {
    }

    /** How something without an id is known within a file: by its name. */
    static String nameKey(String name) {
        return "name:" + name.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The same details with other locations. */
    static ServiceDetails withLocations(ServiceDetails d, Set<LocationId> locations) {
        return new ServiceDetails(d.kind(), d.name(), d.description(), d.categoryCode(), d.targetGroups(),
                d.eligibility(), d.access(), d.referralBy(), d.costs(), d.languages(), d.phone(), d.email(),
                d.website(), d.contactName(), d.organiser(), d.waitingDays(), d.neighbourhoods(), d.hours(), locations,
                d.publicEntry(), d.active());
    }
}
