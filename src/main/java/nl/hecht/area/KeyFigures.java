package nl.hecht.area;

/**
 * CBS key figures ("kerncijfers") of one area in one year. A figure that CBS does not publish (blank, {@code .},
 * or a secrecy sentinel such as {@code -99997}) is null, never 0.
 *
 * @param averageIncomePerInhabitant in thousands of euros, as CBS publishes it ({@code g_ink_pi})
 * @param distanceToGpKm average distance to the nearest GP practice in km ({@code g_afs_hp})
 * @param areaHectares total area in hectares ({@code a_opp_ha})
 */
public record KeyFigures(int year, Integer inhabitants, Integer age0to14, Integer age15to24, Integer age25to44,
        Integer age45to64, Integer age65plus, Integer households, Integer onePersonHouseholds,
        Double averageIncomePerInhabitant, Integer wmoClients, Double distanceToGpKm, Integer areaHectares) {
}
