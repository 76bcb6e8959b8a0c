package nl.hecht.wijkfoto.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The supply of the sociale kaart in an area by category, per 1,000 inhabitants, compared with the region (R004,
 * R099). A category the region offers is a <b>gap</b> in the area when the area has none of it, or less than half
 * the region's supply per 1,000 inhabitants. Categories neither the area nor the region offers are left out.
 */
public final class SupplyComparison {

    /** Below this share of the region's supply per 1,000 inhabitants the area has "little". */
    static final double LITTLE = 0.5;

    /** How the area's supply of a category compares with the region's. */
    public enum Level {
        /** Nothing in the area while the region has some. */
        NONE,
        /** Less than half the region's supply per 1,000 inhabitants. */
        LITTLE,
        /** About as much as the region or more. */
        ENOUGH;

        public boolean isGap() {
            return this != ENOUGH;
        }
    }

    /** One category: the counts, the supply per 1,000 inhabitants (null when the inhabitants are unknown), the level. */
    public record Row(String category, int areaCount, int regionCount, Double areaPer1000, Double regionPer1000,
            Level level) {

        public boolean gap() {
            return level.isGap();
        }
    }

    private SupplyComparison() {
    }

    /**
     * @param categories the categories in the order to show them
     * @param areaEntries the category of each entry in the area (one element per entry)
     * @param regionEntries the category of each entry in the region
     */
    public static List<Row> compare(List<String> categories, Collection<String> areaEntries, Long areaInhabitants,
            Collection<String> regionEntries, Long regionInhabitants) {
        Map<String, Integer> area = count(areaEntries);
        Map<String, Integer> region = count(regionEntries);
        List<Row> rows = new ArrayList<>();
        for (String category : categories) {
            int inArea = area.getOrDefault(category, 0);
            int inRegion = Math.max(region.getOrDefault(category, 0), inArea);
            if (inRegion == 0) {
                continue;
            }
            Double areaRate = per1000(inArea, areaInhabitants);
            Double regionRate = per1000(inRegion, regionInhabitants);
            rows.add(new Row(category, inArea, inRegion, areaRate, regionRate, level(inArea, areaRate, regionRate)));
        }
        return rows;
    }

    /** Entries per 1,000 inhabitants with two decimals; null when the inhabitants are unknown or none. */
    public static Double per1000(int entries, Long inhabitants) {
        if (inhabitants == null || inhabitants <= 0) {
            return null;
        }
        return Math.round(entries * 1000.0 / inhabitants * 100.0) / 100.0;
    }

    static Level level(int areaCount, Double areaRate, Double regionRate) {
        if (areaCount == 0) {
            return Level.NONE;
        }
        if (areaRate != null && regionRate != null && areaRate < regionRate * LITTLE) {
            return Level.LITTLE;
        }
        return Level.ENOUGH;
    }

    private static Map<String, Integer> count(Collection<String> entries) {
        Map<String, Integer> counts = new HashMap<>();
        entries.forEach(category -> counts.merge(category, 1, Integer::sum));
        return counts;
    }
}
