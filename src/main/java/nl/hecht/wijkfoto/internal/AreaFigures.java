package nl.hecht.wijkfoto.internal;

import java.util.Collection;
import java.util.function.Function;

import nl.hecht.area.KeyFigures;

/**
 * The CBS key figures of an area of one or more neighbourhoods: counts summed over the neighbourhoods that publish
 * them, shares over those that publish both parts, income and distance to the GP weighted by inhabitants. A figure
 * no neighbourhood publishes is null, never 0.
 */
public record AreaFigures(int neighbourhoods, Integer year, Long inhabitants, Double age0to14, Double age15to24,
        Double age25to44, Double age45to64, Double age65plus, Long households, Double onePersonHouseholds,
        Double householdSize, Double averageIncome, Double wmoPer1000, Double distanceToGpKm) {

    public static AreaFigures of(Collection<KeyFigures> figures) {
        Integer year = figures.stream().map(KeyFigures::year).max(Integer::compare).orElse(null);
        return new AreaFigures(figures.size(), year, sum(figures, KeyFigures::inhabitants),
                share(figures, KeyFigures::age0to14, KeyFigures::inhabitants, 100),
                share(figures, KeyFigures::age15to24, KeyFigures::inhabitants, 100),
                share(figures, KeyFigures::age25to44, KeyFigures::inhabitants, 100),
                share(figures, KeyFigures::age45to64, KeyFigures::inhabitants, 100),
                share(figures, KeyFigures::age65plus, KeyFigures::inhabitants, 100),
                sum(figures, KeyFigures::households),
                share(figures, KeyFigures::onePersonHouseholds, KeyFigures::households, 100),
                ratio(figures, KeyFigures::inhabitants, KeyFigures::households, 1, 100),
                weighted(figures, KeyFigures::averageIncomePerInhabitant),
                share(figures, KeyFigures::wmoClients, KeyFigures::inhabitants, 1000),
                weighted(figures, KeyFigures::distanceToGpKm));
    }

    private static Long sum(Collection<KeyFigures> figures, Function<KeyFigures, Integer> field) {
        long sum = 0;
        boolean any = false;
        for (KeyFigures figure : figures) {
            Integer value = field.apply(figure);
            if (value != null) {
                sum += value;
                any = true;
            }
        }
        return any ? sum : null;
    }

    /** part / whole × per, with one decimal, over the neighbourhoods that publish both. */
    private static Double share(Collection<KeyFigures> figures, Function<KeyFigures, Integer> part,
            Function<KeyFigures, Integer> whole, int per) {
        return ratio(figures, part, whole, per, 10);
    }

    private static Double ratio(Collection<KeyFigures> figures, Function<KeyFigures, Integer> part,
            Function<KeyFigures, Integer> whole, int per, int rounding) {
        long parts = 0;
        long wholes = 0;
        for (KeyFigures figure : figures) {
            Integer p = part.apply(figure);
            Integer w = whole.apply(figure);
            if (p != null && w != null && w > 0) {
                parts += p;
                wholes += w;
            }
        }
        return wholes == 0 ? null : round(parts * (double) per / wholes, rounding);
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
        return weight == 0 ? null : round(total / weight, 10);
    }

    private static double round(double value, int rounding) {
        return Math.round(value * rounding) / (double) rounding;
    }
}
