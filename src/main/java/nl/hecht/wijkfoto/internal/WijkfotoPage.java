package nl.hecht.wijkfoto.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.hecht.directory.TaxonomyTerm;
import nl.hecht.network.NetworkId;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The wijkfoto of a network, or of one of its neighbourhoods ({@code focus} not null), as the page shows it.
 *
 * @param groups the CBS key figures compared with the region and the country, one chart each
 * @param supply the supply of the sociale kaart by category, with its gaps
 * @param canEdit whether the person may change target groups and notes and import figures
 */
public record WijkfotoPage(NetworkId network, String networkName, String regionName, Place focus,
        List<Place> neighbourhoods, Integer year, Totals totals, List<ChartGroup> groups, List<SupplyRow> supply,
        List<FigureRow> imported, List<TargetGroupView> targetGroups, List<NoteView> notes,
        List<SectionView> sections, boolean canEdit) {

    /** A neighbourhood of the service area. */
    public record Place(NeighbourhoodCode code, String name, String districtName) {
    }

    /** The inhabitants and households of the area, the region and the country. */
    public record Totals(Long areaInhabitants, Long regionInhabitants, Long countryInhabitants, Long areaHouseholds,
            Long regionHouseholds, Long countryHouseholds, int areaNeighbourhoods, int regionNeighbourhoods,
            int countryNeighbourhoods) {
    }

    /**
     * One chart and its table.
     *
     * @param unit how the numbers read: {@code percent}, {@code thousand-euro}, {@code per-1000}, {@code km},
     *        {@code persons}
     */
    public record ChartGroup(String id, String titleKey, String unit, List<IndicatorRow> rows) {
    }

    /** One indicator: the area, the region and the country (null when not published). */
    public record IndicatorRow(String labelKey, Double area, Double region, Double country) {
    }

    /** One category of the sociale kaart. */
    public record SupplyRow(TaxonomyTerm category, int areaCount, int regionCount, Double areaPer1000,
            Double regionPer1000, SupplyComparison.Level level) {

        public boolean gap() {
            return level.isGap();
        }
    }

    /** An imported figure of a municipality or insurer. */
    public record FigureRow(NeighbourhoodCode code, String neighbourhoodName, String indicator, BigDecimal value,
            int year, String source) {
    }

    public record TargetGroupView(UUID id, String name, String reason, String chosenBy, Instant chosenAt) {
    }

    public record NoteView(UUID id, String text, String writtenBy, Instant writtenAt) {
    }

    /** A section another module adds (see {@link nl.hecht.wijkfoto.WijkfotoSection}). */
    public record SectionView(String titleKey, String fragment, Map<String, Object> model) {
    }

    public List<SupplyRow> gaps() {
        return supply.stream().filter(SupplyRow::gap).toList();
    }
}
