package nl.hecht.directory.internal.exchange;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.TaxonomyTerm;
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
 * The sociale kaart as Open Referral HSDS 3.0 JSON: an array of {@code organization} objects, each with its
 * {@code organization_identifiers} (AGB code, KvK number), {@code phones}, {@code locations} (with
 * {@code addresses} and {@code accessibility}) and {@code services} (with {@code service_at_locations},
 * {@code schedules}, {@code phones}, {@code contacts}, {@code languages}, {@code service_areas} and
 * {@code attributes}). What HSDS has no field for (category, target groups, kind, access, public, waiting time,
 * organiser, organisation type, list size, neighbourhood, wheelchair access) is an {@code attribute} with a
 * {@code taxonomy_term} of one of Hecht's taxonomies ({@code hecht-…}); see docs/directory-exchange.md.
 * <p>
 * The output is deterministic: everything in the order of its id (and codes sorted), no moment of export, so the
 * same data always gives the same bytes (R236: the round trip export → import → export is identical).
 */
final class HsdsJson {

    static final String CATEGORY = "hecht-category";
    static final String TARGET_GROUP = "hecht-target-group";
    static final String KIND = "hecht-entry-kind";
    static final String ACCESS = "hecht-access";
    static final String ORGANISATION_TYPE = "hecht-organisation-type";
    static final String HECHT = "hecht";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private HsdsJson() {
    }

    // ------------------------------------------------------------------------------------------ writing

    static byte[] write(List<OrganisationData> organisations, Map<String, TaxonomyTerm> terms) {
        ArrayNode root = JSON.createArrayNode();
        for (OrganisationData organisation : organisations) {
            root.add(organisation(organisation, terms));
        }
        return JSON.writeValueAsBytes(root);
    }

    private static ObjectNode organisation(OrganisationData data, Map<String, TaxonomyTerm> terms) {
        NewOrganisation o = data.details();
        ObjectNode node = JSON.createObjectNode();
        node.put("id", data.id());
        node.put("name", o.name());
        put(node, "description", o.description());
        put(node, "email", o.email());
        put(node, "website", o.website());
        ArrayNode identifiers = node.putArray("organization_identifiers");
        if (o.agbCode() != null) {
            identifiers.add(identifier(data.id(), "AGB", "AGB-code", o.agbCode()));
        }
        if (o.kvkNumber() != null) {
            identifiers.add(identifier(data.id(), "NL-KVK", "KvK-nummer", o.kvkNumber()));
        }
        ArrayNode phones = node.putArray("phones");
        if (o.phone() != null) {
            phones.add(phone(data.id(), "organization_id", o.phone()));
        }
        ArrayNode attributes = node.putArray("attributes");
        attributes.add(attribute(data.id(), "organization", ORGANISATION_TYPE, o.type().name(), null, null));
        if (o.listSize() != null) {
            attributes.add(attribute(data.id(), "organization", HECHT, "list-size", null,
                    String.valueOf(o.listSize())));
        }
        ArrayNode locations = node.putArray("locations");
        data.locations().forEach(location -> locations.add(location(data.id(), location)));
        ArrayNode services = node.putArray("services");
        data.entries().forEach(entry -> services.add(service(data.id(), entry, terms)));
        return node;
    }

    private static ObjectNode identifier(String organisationId, String scheme, String type, String value) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", organisationId + "/identifier/" + scheme);
        node.put("organization_id", organisationId);
        node.put("identifier_scheme", scheme);
        node.put("identifier_type", type);
        node.put("identifier", value);
        return node;
    }

    private static ObjectNode phone(String ownerId, String ownerField, String number) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", ownerId + "/phone");
        node.put(ownerField, ownerId);
        node.put("number", number);
        return node;
    }

    private static ObjectNode location(String organisationId, LocationData data) {
        LocationDetails l = data.details();
        ObjectNode node = JSON.createObjectNode();
        node.put("id", data.id());
        node.put("location_type", "physical");
        node.put("organization_id", organisationId);
        node.put("name", l.name());
        if (l.latitude() != null) {
            node.put("latitude", l.latitude());
            node.put("longitude", l.longitude());
        }
        ArrayNode addresses = node.putArray("addresses");
        if (l.address() != null || l.postalCode() != null || l.city() != null) {
            ObjectNode address = addresses.addObject();
            address.put("id", data.id() + "/address");
            address.put("location_id", data.id());
            put(address, "address_1", l.address());
            put(address, "city", l.city());
            put(address, "postal_code", l.postalCode());
            address.put("country", "NL");
            address.put("address_type", "physical");
        }
        ArrayNode accessibility = node.putArray("accessibility");
        if (l.accessibility() != null) {
            ObjectNode item = accessibility.addObject();
            item.put("id", data.id() + "/accessibility");
            item.put("location_id", data.id());
            item.put("description", l.accessibility());
        }
        ArrayNode attributes = node.putArray("attributes");
        attributes.add(attribute(data.id(), "location", HECHT, "wheelchair-accessible", null,
                String.valueOf(l.wheelchairAccessible())));
        if (l.neighbourhood() != null) {
            attributes.add(attribute(data.id(), "location", HECHT, "neighbourhood", null, l.neighbourhood().value()));
        }
        return node;
    }

    private static ObjectNode service(String organisationId, EntryData data, Map<String, TaxonomyTerm> terms) {
        ServiceDetails s = data.details();
        String id = data.id();
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("organization_id", organisationId);
        node.put("name", s.name());
        put(node, "description", s.description());
        put(node, "url", s.website());
        put(node, "email", s.email());
        node.put("status", s.active() ? "active" : "inactive");
        put(node, "eligibility_description", s.eligibility());
        put(node, "fees_description", s.costs());
        put(node, "assured_date", data.assuredDate() == null ? null : data.assuredDate().toString());
        ArrayNode phones = node.putArray("phones");
        if (s.phone() != null) {
            phones.add(phone(id, "service_id", s.phone()));
        }
        ArrayNode contacts = node.putArray("contacts");
        if (s.contactName() != null) {
            ObjectNode contact = contacts.addObject();
            contact.put("id", id + "/contact");
            contact.put("service_id", id);
            contact.put("name", s.contactName());
        }
        ArrayNode languages = node.putArray("languages");
        for (String code : new TreeSet<>(s.languages())) {
            ObjectNode language = languages.addObject();
            language.put("id", id + "/language/" + code);
            language.put("service_id", id);
            language.put("code", code);
        }
        ArrayNode areas = node.putArray("service_areas");
        for (NeighbourhoodCode code : new TreeSet<>(s.neighbourhoods())) {
            ObjectNode area = areas.addObject();
            area.put("id", id + "/service-area/" + code.value());
            area.put("service_id", id);
            area.put("name", code.value());
            area.put("extent_type", "cbs-buurtcode");
        }
        ArrayNode schedules = node.putArray("schedules");
        int index = 0;
        for (WeeklyHours period : s.hours()) {
            ObjectNode schedule = schedules.addObject();
            schedule.put("id", id + "/schedule/" + index++);
            schedule.put("service_id", id);
            schedule.put("freq", "WEEKLY");
            schedule.put("wkst", "MO");
            schedule.put("byday", Values.dayCode(period.day()));
            schedule.put("opens_at", Values.TIME.format(period.opensAt()));
            schedule.put("closes_at", Values.TIME.format(period.closesAt()));
            schedule.put("timezone", "Europe/Amsterdam");
        }
        ArrayNode atLocations = node.putArray("service_at_locations");
        for (String locationId : data.locationIds()) {
            ObjectNode link = atLocations.addObject();
            link.put("id", id + "/at/" + locationId);
            link.put("service_id", id);
            link.put("location_id", locationId);
        }
        ArrayNode attributes = node.putArray("attributes");
        TaxonomyTerm category = terms.get(s.categoryCode());
        attributes.add(attribute(id, "service", CATEGORY, s.categoryCode(),
                category == null ? null : category.nameNl(), null));
        for (String code : new TreeSet<>(s.targetGroups())) {
            TaxonomyTerm group = terms.get(code);
            attributes.add(attribute(id, "service", TARGET_GROUP, code, group == null ? null : group.nameNl(), null));
        }
        attributes.add(attribute(id, "service", KIND, s.kind().name(), null, null));
        attributes.add(attribute(id, "service", ACCESS, s.access().name(), null, null));
        attributes.add(attribute(id, "service", HECHT, "public", null, String.valueOf(s.publicEntry())));
        if (s.waitingDays() != null) {
            attributes.add(attribute(id, "service", HECHT, "waiting-days", null, String.valueOf(s.waitingDays())));
        }
        if (s.referralBy() != null) {
            attributes.add(attribute(id, "service", HECHT, "referral-by", null, s.referralBy()));
        }
        if (s.organiser() != null) {
            attributes.add(attribute(id, "service", HECHT, "organiser", null, s.organiser()));
        }
        return node;
    }

    private static ObjectNode attribute(String linkId, String linkEntity, String taxonomy, String code, String name,
            String value) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", linkId + "/attribute/" + taxonomy + "/" + code);
        node.put("link_id", linkId);
        node.put("link_type", taxonomy);
        node.put("link_entity", linkEntity);
        put(node, "value", value);
        ObjectNode term = node.putObject("taxonomy_term");
        term.put("id", taxonomy + ":" + code);
        term.put("code", code);
        term.put("name", name == null ? code : name);
        term.put("taxonomy", taxonomy);
        return node;
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    // ------------------------------------------------------------------------------------------ reading

    /** Reads a whole file; every problem is collected with the path of its record. */
    static ReadResult read(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
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
                problems.add(problem(source, e));
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
                problems.add(problem(source, e));
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
                problems.add(problem(source, e));
                return null;
            }
        }

        private static String taxonomy(JsonNode attribute) {
            String taxonomy = text(attribute.path("taxonomy_term"), "taxonomy");
            return taxonomy != null ? taxonomy : text(attribute, "link_type");
        }
    }

    static ImportProblem problem(Source source, DomainException e) {
        return ExchangeProblems.at(source, e.messageKey(), e.arguments());
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
