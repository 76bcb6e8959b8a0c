package nl.hecht.directory.internal.exchange;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sociale kaart as Open Referral HSDS 3.0 JSON: an array of {@code organization} objects, each with its
 * {@code organization_identifiers} (AGB code, KvK number), {@code phones}, {@code locations} (with
 * {@code addresses} and {@code accessibility}) and {@code services} (with {@code service_at_locations},
 * {@code schedules}, {@code phones}, {@code contacts}, {@code languages}, {@code service_areas} and
 * {@code attributes}). What HSDS has no field for (category, target groups, kind, access, public, waiting time,
 * organiser, organisation type, list size, neighbourhood, wheelchair access) is an {@code attribute} with a
 * {@code taxonomy_term} of one of Hecht's taxonomies ({@code hecht-…}); see docs/directory-exchange.md.
 * {@link HsdsJsonWriter} writes it, {@link HsdsJsonReader} reads it; this class holds what both share: the taxonomy
 * names and the JSON mapper.
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

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private HsdsJson() {
    }
}
