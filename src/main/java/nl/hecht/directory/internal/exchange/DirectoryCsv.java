package nl.hecht.directory.internal.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.internal.exchange.ExchangeData.EntryData;
import nl.hecht.directory.internal.exchange.ExchangeData.LocationData;
import nl.hecht.directory.internal.exchange.ExchangeData.OrganisationData;
import nl.hecht.directory.internal.exchange.ExchangeData.ReadResult;
import nl.hecht.directory.internal.exchange.ExchangeData.Source;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.csv.SpreadsheetCsv;
import nl.hecht.shared.jobs.ImportProblem;

/**
 * The sociale kaart as one CSV table (columns in docs/directory-exchange.md): one row per entry with its
 * organisation and its first location (further locations by id in {@code other_location_ids}); a location no entry
 * starts with, and an organisation without entries or locations, get a row of their own with the entry columns
 * empty. Export: UTF-8 with a byte order mark, {@code ;} between fields (what Dutch spreadsheet programs expect).
 * Import: {@code ;} or {@code ,} (told by the header), with or without the mark; line numbers count from the header
 * as line 1.
 */
public final class DirectoryCsv {

    /** The columns of the CSV format, in the order an export writes them. */
    public static final List<String> COLUMNS = List.of("organisation_id", "organisation_name", "organisation_type",
            "agb_code", "kvk_number", "list_size", "organisation_description", "organisation_website",
            "organisation_email", "organisation_phone", "location_id", "location_name", "address", "postal_code",
            "city", "location_neighbourhood", "latitude", "longitude", "wheelchair_accessible", "accessibility",
            "entry_id", "kind", "name", "description", "category", "target_groups", "eligibility", "access",
            "referral_by", "costs", "languages", "phone", "email", "website", "contact_name", "organiser",
            "waiting_days", "neighbourhoods", "opening_hours", "other_location_ids", "public", "active",
            "last_verified");

    static final char BOM = SpreadsheetCsv.BYTE_ORDER_MARK;

    private DirectoryCsv() {
    }

    // ------------------------------------------------------------------------------------------ writing

    static byte[] write(List<OrganisationData> organisations) {
        return SpreadsheetCsv.write(COLUMNS, rows -> {
            for (OrganisationData organisation : organisations) {
                Map<String, LocationData> locations = new LinkedHashMap<>();
                organisation.locations().forEach(location -> locations.put(location.id(), location));
                Set<String> firstLocations = new HashSet<>();
                for (EntryData entry : organisation.entries()) {
                    List<String> ids = entry.locationIds();
                    LocationData first = ids.isEmpty() ? null : locations.get(ids.get(0));
                    if (first != null) {
                        firstLocations.add(first.id());
                    }
                    rows.row(row(organisation, first, entry, ids.isEmpty() ? List.of() : ids.subList(1, ids.size())));
                }
                for (LocationData location : organisation.locations()) {
                    if (!firstLocations.contains(location.id())) {
                        rows.row(row(organisation, location, null, List.of()));
                    }
                }
                if (organisation.entries().isEmpty() && organisation.locations().isEmpty()) {
                    rows.row(row(organisation, null, null, List.of()));
                }
            }
        });
    }

    private static List<String> row(OrganisationData organisation, LocationData location, EntryData entry,
            List<String> otherLocations) {
        List<String> row = new ArrayList<>(COLUMNS.size());
        NewOrganisation o = organisation.details();
        add(row, organisation.id(), o.name(), o.type().name(), o.agbCode(), o.kvkNumber(),
                o.listSize() == null ? null : o.listSize().toString(), o.description(), o.website(), o.email(),
                o.phone());
        if (location == null) {
            add(row, null, null, null, null, null, null, null, null, null, null);
        } else {
            LocationDetails l = location.details();
            add(row, location.id(), l.name(), l.address(), l.postalCode(), l.city(),
                    l.neighbourhood() == null ? null : l.neighbourhood().value(), Values.decimal(l.latitude()),
                    Values.decimal(l.longitude()), Values.yesNo(l.wheelchairAccessible()), l.accessibility());
        }
        if (entry == null) {
            COLUMNS.subList(row.size(), COLUMNS.size()).forEach(column -> row.add(""));
        } else {
            ServiceDetails s = entry.details();
            add(row, entry.id(), s.kind().name(), s.name(), s.description(), s.categoryCode(),
                    String.join("|", new TreeSet<>(s.targetGroups())), s.eligibility(), s.access().name(),
                    s.referralBy(), s.costs(), String.join("|", new TreeSet<>(s.languages())), s.phone(), s.email(),
                    s.website(), s.contactName(), s.organiser(),
                    s.waitingDays() == null ? null : s.waitingDays().toString(),
                    String.join("|", new TreeSet<>(s.neighbourhoods()).stream().map(NeighbourhoodCode::value)
                            .toList()),
                    Values.hours(s.hours()), String.join("|", otherLocations), Values.yesNo(s.publicEntry()),
                    Values.yesNo(s.active()), entry.assuredDate() == null ? null : entry.assuredDate().toString());
        }
        return row;
    }

    private static void add(List<String> row, String... values) {
        for (String value : values) {
            row.add(value == null ? "" : value);
        }
    }

    // ------------------------------------------------------------------------------------------ reading

    /** Reads a whole file (already decoded; a leading byte order mark is skipped). */
    static ReadResult read(Reader in, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get();
        List<ImportProblem> problems = new ArrayList<>();
        Rows rows = new Rows(problems);
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.put(clean(name), index));
            for (String column : header.keySet()) {
                if (!column.isEmpty() && !COLUMNS.contains(column)) {
                    problems.add(ExchangeProblems.at(Source.line(1), "directory.import.error.column", column));
                }
            }
            if (!header.containsKey("organisation_name")) {
                problems.add(ExchangeProblems.at(Source.line(1), "directory.import.error.no-name-column"));
                return new ReadResult(List.of(), problems, 0);
            }
            int columns = parser.getHeaderMap().values().stream().mapToInt(index -> index + 1).max().orElse(0);
            long lastLine = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (record.size() < columns) {
                    // a short row is not read with the missing columns as empty: it is cut off or misaligned
                    rows.count++;
                    problems.add(ExchangeProblems.at(Source.line(line), "directory.import.error.short-row",
                            record.size(), columns));
                    continue;
                }
                rows.read(new Row(record, header), Source.line(line));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(ExchangeProblems.at(null, "directory.import.error.csv"));
            return new ReadResult(List.of(), problems, rows.count);
        }
        return new ReadResult(rows.result(), problems, rows.count);
    }

    private static String clean(String column) {
        return column == null ? "" : column.replace(String.valueOf(BOM), "").strip().toLowerCase(Locale.ROOT);
    }

    /** One record by column name; absent columns read as empty. */
    private record Row(CSVRecord record, Map<String, Integer> header) {

        String get(String column) {
            Integer index = header.get(column);
            return index == null || index >= record.size() ? null
                    : Values.blankToNull(SpreadsheetCsv.restore(record.get(index)));
        }
    }

    /** Gathers the rows into organisations: rows of one organisation need not follow each other. */
    private static final class Rows {

        final List<ImportProblem> problems;
        final Map<String, OrganisationData> organisations = new LinkedHashMap<>();
        final Map<String, Long> organisationLines = new HashMap<>();
        final Map<String, Map<String, LocationData>> locations = new HashMap<>();
        int count;

        Rows(List<ImportProblem> problems) {
            this.problems = problems;
        }

        void read(Row row, Source source) {
            count++;
            OrganisationData organisation = organisation(row, source);
            String locationKey = location(row, source, organisation);
            if (row.get("entry_id") == null && row.get("name") == null) {
                return;
            }
            try {
                List<String> locationIds = new ArrayList<>();
                if (locationKey != null) {
                    locationIds.add(locationKey);
                }
                locationIds.addAll(Values.codes(row.get("other_location_ids")));
                Set<NeighbourhoodCode> neighbourhoods = new java.util.LinkedHashSet<>();
                for (String code : Values.codes(row.get("neighbourhoods"))) {
                    neighbourhoods.add(Values.neighbourhood(code));
                }
                ServiceDetails details = new ServiceDetails(
                        Values.enumValue(EntryKind.class, row.get("kind"), EntryKind.SERVICE,
                                "directory.import.error.kind"),
                        row.get("name"), row.get("description"), row.get("category"),
                        Values.codes(row.get("target_groups")), row.get("eligibility"),
                        Values.enumValue(Referral.class, row.get("access"), Referral.SELF_REFERRAL,
                                "directory.import.error.access"),
                        row.get("referral_by"), row.get("costs"), Values.codes(row.get("languages")),
                        row.get("phone"), row.get("email"), row.get("website"), row.get("contact_name"),
                        row.get("organiser"), Values.integer(row.get("waiting_days"), "service.error.waiting"),
                        neighbourhoods, Values.hours(row.get("opening_hours")), Set.of(),
                        Values.yesNo(row.get("public"), false, "public"),
                        Values.yesNo(row.get("active"), true, "active"));
                EntryData entry = new EntryData(row.get("entry_id"), details, locationIds,
                        Values.date(row.get("last_verified")), source);
                if (organisation != null) {
                    organisation.entries().add(entry);
                }
            } catch (DomainException e) {
                problems.add(ExchangeProblems.of(source, e));
            }
        }

        private OrganisationData organisation(Row row, Source source) {
            NewOrganisation details;
            try {
                details = new NewOrganisation(row.get("organisation_name"),
                        Values.enumValue(OrganisationType.class, row.get("organisation_type"), OrganisationType.OTHER,
                                "directory.import.error.organisation-type"),
                        row.get("agb_code"), row.get("kvk_number"),
                        Values.integer(row.get("list_size"), "organisation.error.list-size"),
                        row.get("organisation_description"), row.get("organisation_website"),
                        row.get("organisation_email"), row.get("organisation_phone"));
            } catch (DomainException e) {
                problems.add(ExchangeProblems.of(source, e));
                return null;
            }
            OrganisationData candidate = new OrganisationData(row.get("organisation_id"), details, List.of(),
                    List.of(), source);
            OrganisationData known = organisations.get(candidate.key());
            if (known == null) {
                organisations.put(candidate.key(), candidate);
                organisationLines.put(candidate.key(), source.line());
                return candidate;
            }
            if (!known.details().equals(details)) {
                problems.add(ExchangeProblems.at(source, "directory.import.error.organisation-differs",
                        organisationLines.get(candidate.key())));
            }
            return known;
        }

        /** The key the row's location goes by within its organisation, or null. */
        private String location(Row row, Source source, OrganisationData organisation) {
            String id = row.get("location_id");
            String name = row.get("location_name");
            if (id == null && name == null && row.get("address") == null && row.get("postal_code") == null) {
                return null;
            }
            LocationDetails details;
            try {
                details = new LocationDetails(name, row.get("address"), row.get("postal_code"), row.get("city"),
                        row.get("location_neighbourhood") == null ? null
                                : Values.neighbourhood(row.get("location_neighbourhood")),
                        Values.decimal(row.get("latitude"), "location.error.point"),
                        Values.decimal(row.get("longitude"), "location.error.point"),
                        Values.yesNo(row.get("wheelchair_accessible"), false, "wheelchair_accessible"),
                        row.get("accessibility"));
            } catch (DomainException e) {
                problems.add(ExchangeProblems.of(source, e));
                return id;
            }
            String key = id != null ? id : ExchangeData.nameKey(details.name());
            if (organisation == null) {
                return key;
            }
            Map<String, LocationData> known = locations.computeIfAbsent(organisation.key(), k -> new HashMap<>());
            LocationData existing = known.get(key);
            if (existing == null) {
                LocationData location = new LocationData(id, details, source);
                known.put(key, location);
                organisation.locations().add(location);
            } else if (!existing.details().equals(details)) {
                problems.add(ExchangeProblems.at(source, "directory.import.error.location-differs",
                        existing.source().line()));
            }
            return key;
        }

        List<OrganisationData> result() {
            return new ArrayList<>(organisations.values());
        }
    }
}
