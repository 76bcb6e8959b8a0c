package nl.hecht.directory.internal.exchange;

import static nl.hecht.directory.internal.exchange.HsdsJson.ACCESS;
import static nl.hecht.directory.internal.exchange.HsdsJson.CATEGORY;
import static nl.hecht.directory.internal.exchange.HsdsJson.HECHT;
import static nl.hecht.directory.internal.exchange.HsdsJson.KIND;
import static nl.hecht.directory.internal.exchange.HsdsJson.ORGANISATION_TYPE;
import static nl.hecht.directory.internal.exchange.HsdsJson.TARGET_GROUP;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.TaxonomyTerm;
import nl.hecht.directory.WeeklyHours;
import nl.hecht.directory.internal.exchange.ExchangeData.EntryData;
import nl.hecht.directory.internal.exchange.ExchangeData.LocationData;
import nl.hecht.directory.internal.exchange.ExchangeData.OrganisationData;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * Writes the sociale kaart as Open Referral HSDS 3.0 JSON ({@link HsdsJson} describes the shape). The output is
 * deterministic: everything in the order of its id (and codes sorted), no moment of export, so the same data always
 * gives the same bytes (R236: the round trip export → import → export is identical).
 */
final class HsdsJsonWriter {

    private HsdsJsonWriter() {
    }

    static byte[] write(List<OrganisationData> organisations, Map<String, TaxonomyTerm> terms) {
        ArrayNode root = HsdsJson.JSON.createArrayNode();
        for (OrganisationData organisation : organisations) {
            root.add(organisation(organisation, terms));
        }
        return HsdsJson.JSON.writeValueAsBytes(root);
    }

    private static ObjectNode organisation(OrganisationData data, Map<String, TaxonomyTerm> terms) {
        NewOrganisation o = data.details();
        ObjectNode node = HsdsJson.JSON.createObjectNode();
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
        ObjectNode node = HsdsJson.JSON.createObjectNode();
        node.put("id", organisationId + "/identifier/" + scheme);
        node.put("organization_id", organisationId);
        node.put("identifier_scheme", scheme);
        node.put("identifier_type", type);
        node.put("identifier", value);
        return node;
    }

    private static ObjectNode phone(String ownerId, String ownerField, String number) {
        ObjectNode node = HsdsJson.JSON.createObjectNode();
        node.put("id", ownerId + "/phone");
        node.put(ownerField, ownerId);
        node.put("number", number);
        return node;
    }

    private static ObjectNode location(String organisationId, LocationData data) {
        LocationDetails l = data.details();
        ObjectNode node = HsdsJson.JSON.createObjectNode();
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
        ObjectNode node = HsdsJson.JSON.createObjectNode();
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
        ObjectNode node = HsdsJson.JSON.createObjectNode();
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
}
