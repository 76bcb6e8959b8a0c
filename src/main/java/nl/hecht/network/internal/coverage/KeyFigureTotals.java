package nl.hecht.network.internal.coverage;

import java.util.Collection;
import java.util.function.Function;

import nl.hecht.area.KeyFigures;

/**
 * Key figures summed over neighbourhoods. Counts are summed over the neighbourhoods that publish them; income and
 * distance to the GP are averages weighted by inhabitants. {@code unknown} counts neighbourhoods without figures.
 */
public record KeyFigureTotals(int neighbourhoods, int unknown, Integer year, long inhabitants, long age0to14,
        long age15to24, long age25to44, long age45to64, long age65plus, long households, long onePersonHouseholds,
        long wmoClients, Double averageIncomePerInhabitant, Double distanceToGpKm, long areaHectares) {

    public static KeyFigureTotals of(int neighbourhoods, Collection<KeyFigures> figures) {
        Integer year = figures.stream().map(KeyFigures::year).max(Integer::compare).orElse(null);
        return new KeyFigureTotals(neighbourhoods, neighbourhoods - figures.size(), year,
                sum(figures, KeyFigures::inhabitants), sum(figures, KeyFigures::age0to14),
                sum(figures, KeyFigures::age15to24), sum(figures, KeyFigures::age25to44),
                sum(figures, KeyFigures::age45to64), sum(figures, KeyFigures::age65plus),
                sum(figures, KeyFigures::households), sum(figures, KeyFigures::onePersonHouseholds),
                sum(figures, KeyFigures::wmoClients), weighted(figures, KeyFigures::averageIncomePerInhabitant),
                weighted(figures, KeyFigures::distanceToGpKm), sum(figures, KeyFigures::areaHectares));
    }

    /** Share of inhabitants aged 65 and over, in percent with one decimal, or null when unknown. */
    public Double share65plus() {
        return inhabitants == 0 ? null : Math.round(age65plus * 1000.0 / inhabitants) / 10.0;
    }

    private static long sum(Collection<KeyFigures> figures, Function<KeyFigures, Integer> field) {
        long sum = 0;
        for (KeyFigures figure : figures) {
            Integer value = field.apply(figure);
            if (value != null) {
                sum += value;
            }
        }
        return sum;
    }

    private static Double weighted(Collection<KeyFigures> figures, Function<KeyFigures, Double> field) {
        double total = 0;
        long weight = 0;
        for (KeyFigures figure : figures) {
            Double value = field.apply(figure);
            if (value != null && figure.inhabitants() != null && figure.inhabitants() > 0) {
                total += value * figure.inhabitants();
                weight += figure.inhabitants();
            }
        }
        return weight == 0 ? null : Math.round(total / weight * 10.0) / 10.0;
    }
}
