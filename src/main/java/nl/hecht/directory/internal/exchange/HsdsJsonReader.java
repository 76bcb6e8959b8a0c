package nl.hecht.directory.internal.exchange;

import static nl.hecht.directory.internal.exchange.HsdsJson.ACCESS;
import static nl.hecht.directory.internal.exchange.HsdsJson.CATEGORY;
import static nl.hecht.directory.internal.exchange.HsdsJson.HECHT;
import static nl.hecht.directory.internal.exchange.HsdsJson.KIND;
import static nl.hecht.directory.internal.exchange.HsdsJson.ORGANISATION_TYPE;
import static nl.hecht.directory.internal.exchange.HsdsJson.TARGET_GROUP;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.WeeklyHours;
import nl.hecht.directory.internal.exchange.ExchangeData.EntryData;
import nl.hecht.directory.internal.exchange.ExchangeData.LocationData;
import nl.hecht.directory.internal.exchange.ExchangeData.OrganisationData;
import nl.hecht.directory.internal.exchange.ExchangeData.ReadResult;
import nl.hecht.directory.internal.exchange.ExchangeData.Source;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.jobs.ImportProblem;

/**
 * Reads the sociale kaart from Open Referral HSDS 3.0 JSON ({@link HsdsJson} describes the shape): a top-level array
 * of organisations, or an object with an {@code organizations} array. Every problem is collected with the JSON path of
 * its record.
 */
final class HsdsJsonReader {

    private HsdsJsonReader() {
    }

    /** Reads a whole file; every problem is collected with the path of its record. */
    static ReadResult read(InputStream in) {
        JsonNode root;
        try {
            root = HsdsJson.JSON.readTree(in);
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return new ReadResult(List.of(), List.of(ExchangeProblems.at(line > 0 ? Source.line(line) : null,
                    "directory.import.error.json")), 0);
        }
        if (root != null && root.isObject() && root.path("organizations").isArray()) {
            root = root.path("organizations");
        }
        if (root == null || !root.isArray()) {
            return new ReadResult(List.of(), List.of(ExchangeProblems.at(null, "directory.import.error.json-shape")), 0);
        }
        Reader reader = new Reader();
        for (int i = 0; i < root.size(); i++) {
            reader.organisation(root.get(i), "[" + i + "]");
        }
        return new ReadResult(reader.organisations, reader.problems, reader.records);
    }

    private static final class Reader {

        final List<OrganisationData> organisations = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        int records;

        void organisation(JsonNode node, String path) {
            records++;
            Source source = Source.path(path);
            if (!node.isObject()) {
                problems.add(ExchangeProblems.at(source, "directory.import.error.json-object"));
                return;
            }
            NewOrganisation details = null;
            try {
                OrganisationType type = OrganisationType.OTHER;
                Integer listSize = null;
                for (JsonNode attribute : node.path("attributes")) {
                    String taxonomy = taxonomy(attribute);
                    String code = text(attribute.path("taxonomy_term"), "code");
                    if (ORGANISATION_TYPE.equals(taxonomy)) {
                        type = Values.enumValue(OrganisationType.class, code, OrganisationType.OTHER,
                                "directory.import.error.organisation-type");
                    } else if (HECHT.equals(taxonomy) && "list-size".equals(code)) {
                        listSize = Values.integer(text(attribute, "value"), "organisation.error.list-size");
                    }
                }
                String agb = null;
                String kvk = null;
                for (JsonNode identifier : node.path("organization_identifiers")) {
                    String scheme = text(identifier, "identifier_scheme");
                    if ("AGB".equalsIgnoreCase(scheme)) {
                        agb = text(identifier, "identifier");
                    } else if ("NL-KVK".equalsIgnoreCase(scheme) || "KVK".equalsIgnoreCase(scheme)) {
                        kvk = text(identifier, "identifier");
                    }
                }
                details = new NewOrganisation(text(node, "name"), type, agb, kvk, listSize, text(node, "description"),
                        text(node, "website"), text(node, "email"), first(node.path("phones"), "number"));
            } catch (DomainException e) {
                problems.add(ExchangeProblems.of(source, e));
            }
            List<LocationData> locations = new ArrayList<>();
            JsonNode locationNodes = node.path("locations");
            for (int i = 0; i < locationNodes.size(); i++) {
                LocationData location = location(locationNodes.get(i), path + ".locations[" + i + "]");
                if (location != null) {
                    locations.add(location);
                }
            }
            List<EntryData> entries = new ArrayList<>();
            JsonNode serviceNodes = node.path("services");
            for (int i = 0; i < serviceNodes.size(); i++) {
                EntryData entry = service(serviceNodes.get(i), path + ".services[" + i + "]");
                if (entry != null) {
                    entries.add(entry);
                }
            }
            if (details != null) {
                organisations.add(new OrganisationData(text(node, "id"), details, locations, entries, source));
            }
        }

        LocationData location(JsonNode node, String path) {
            records++;
            Source source = Source.path(path);
            try {
                JsonNode address = node.path("addresses").path(0);
                boolean wheelchair = false;
                NeighbourhoodCode neighbourhood = null;
                for (JsonNode attribute : node.path("attributes")) {
                    String code = text(attribute.path("taxonomy_term"), "code");
                    if (HECHT.equals(taxonomy(attribute)) && "wheelchair-accessible".equals(code)) {
                        wheelchair = Values.yesNo(text(attribute, "value"), false, "wheelchair-accessible");
                    } else if (HECHT.equals(taxonomy(attribute)) && "neighbourhood".equals(code)) {
                        neighbourhood = Values.neighbourhood(text(attribute, "value"));
                    }
                }
                return new LocationData(text(node, "id"), new LocationDetails(text(node, "name"),
                        text(address, "address_1"), text(address, "postal_code"), text(address, "city"), neighbourhood,
                        number(node, "latitude"), number(node, "longitude"), wheelchair,
                        first(node.path("accessibility"), "description")), source);
            } catch (DomainException e) {
                problems.add(ExchangeProblems.of(source, e));
                return null;
            }
        }

        EntryData service(JsonNode node, String path) {
            records++;
            Source source = Source.path(path);
            try {
                EntryKind kind = EntryKind.SERVICE;
                Referral access = Referral.SELF_REFERRAL;
                String category = null;
                Set<String> targetGroups = new LinkedHashSet<>();
                boolean isPublic = false;
                Integer waitingDays = null;
                String referralBy = null;
                String organiser = null;
                for (JsonNode attribute : node.path("attributes")) {
                    String taxonomy = taxonomy(attribute);
                    String code = text(attribute.path("taxonomy_term"), "code");
                    String value = text(attribute, "value");
                    if (taxonomy == null || code == null) {
                        continue;
                    }
                    switch (taxonomy) {
                        case CATEGORY -> category = code;
                        case TARGET_GROUP -> targetGroups.add(code);
                        case KIND -> kind = Values.enumValue(EntryKind.class, code, EntryKind.SERVICE,
                                "directory.import.error.kind");
                        case ACCESS -> access = Values.enumValue(Referral.class, code, Referral.SELF_REFERRAL,
                                "directory.import.error.access");
                        case HECHT -> {
                            switch (code) {
                                case "public" -> isPublic = Values.yesNo(value, false, "public");
                                case "waiting-days" -> waitingDays = Values.integer(value, "service.error.waiting");
                                case "referral-by" -> referralBy = value;
                                case "organiser" -> organiser = value;
                                default -> {
                                }
                            }
                        }
                        default -> {
                        }
                    }
                }
                if (category == null) {
                    throw new DomainException("directory.import.error.no-category");
                }
                Set<String> languages = new LinkedHashSet<>();
                for (JsonNode language : node.path("languages")) {
                    String code = text(language, "code");
                    languages.add(code == null ? "" : code);
                }
                Set<NeighbourhoodCode> neighbourhoods = new LinkedHashSet<>();
                for (JsonNode area : node.path("service_areas")) {
                    neighbourhoods.add(Values.neighbourhood(text(area, "name")));
                }
                List<WeeklyHours> hours = new ArrayList<>();
                for (JsonNode schedule : node.path("schedules")) {
                    String freq = text(schedule, "freq");
                    if (freq != null && !"WEEKLY".equalsIgnoreCase(freq)) {
                        throw new DomainException("directory.import.error.freq", freq);
                    }
                    String byday = text(schedule, "byday");
                    if (byday == null) {
                        throw new DomainException("service.error.hours");
                    }
                    for (String day : byday.split(",")) {
                        hours.add(new WeeklyHours(Values.day(day), Values.time(text(schedule, "opens_at")),
                                Values.time(text(schedule, "closes_at"))));
                    }
                }
                List<String> locationIds = new ArrayList<>();
                for (JsonNode link : node.path("service_at_locations")) {
                    String locationId = text(link, "location_id");
                    if (locationId == null) {
                        locationId = text(link.path("location"), "id");
                    }
                    if (locationId == null) {
                        throw new DomainException("directory.import.error.location-id");
                    }
                    locationIds.add(locationId);
                }
                String status = text(node, "status");
                ServiceDetails details = new ServiceDetails(kind, text(node, "name"), text(node, "description"),
                        category, targetGroups, text(node, "eligibility_description"), access, referralBy,
                        text(node, "fees_description"), languages, first(node.path("phones"), "number"),
                        text(node, "email"), text(node, "url"), first(node.path("contacts"), "name"), organiser,
                        waitingDays, neighbourhoods, hours, Set.of(), isPublic,
                        status == null || "active".equalsIgnoreCase(status));
                LocalDate assured = Values.date(text(node, "assured_date"));
                return new EntryData(text(node, "id"), details, locationIds, assured, source);
            } catch (DomainException e) {
                problems.add(ExchangeProblems.of(source, e));
                return null;
            }
        }

        private static String taxonomy(JsonNode attribute) {
            String taxonomy = text(attribute.path("taxonomy_term"), "taxonomy");
            return taxonomy != null ? taxonomy : text(attribute, "link_type");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        return Values.blankToNull(value.asString());
    }

    private static String first(JsonNode array, String field) {
        return array.isArray() && !array.isEmpty() ? text(array.get(0), field) : null;
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        return Values.decimal(value.isValueNode() ? value.asString() : "x", "location.error.point");
    }
}
