/**
 * The sociale kaart (seed 000, 004; R071–R073, R210, R245–R247, R259), shaped after Open Referral HSDS 3.0 so that
 * import and export map one to one: organisations (the register networks refer to: name, type, AGB code, KvK number,
 * list size of GP practices, contact details, staff accounts), their locations, and their entries — services,
 * community initiatives of the sociale basis and access points ({@link nl.hecht.directory.EntryKind}) — with a
 * managed taxonomy of categories and target groups, the neighbourhoods served, opening hours, access, waiting time,
 * an owner and a "last verified" date with a change history.
 * <p>
 * Its API: {@link nl.hecht.directory.Organisations}, {@link nl.hecht.directory.SocialMap} and
 * {@link nl.hecht.directory.SocialMapSearch} (Hibernate Search; Lucene on one node, Elasticsearch/OpenSearch by
 * configuration) with the value types beside them. It asks the module that keeps networks, through the SPI
 * {@link nl.hecht.directory.NetworkAreas}, which networks one can filter on (those of the person's regions), which
 * area a coordinator curates and which municipalities the regions of RESV staff cover.
 * <p>
 * <b>Which region an entry belongs to</b> (what RESV staff may change, import and export; administrators keep the
 * whole): an organisation belongs to a region when one of its locations lies in one of the region's municipalities
 * (without a location: when one of its entries serves a neighbourhood there; with neither locations nor entries it is
 * new and belongs to every region until it gets one); an entry belongs to a region when one of its locations or
 * served neighbourhoods lies in the region's municipalities, or its organisation belongs to the region. The rule is
 * {@code internal.EntryScope}; {@code internal.EntryAccess} applies it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory", allowedDependencies = { "shared", "identity", "area" })
package nl.hecht.directory;
