package nl.hecht.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A synthetic country in the shape of the Netherlands: municipalities of very different sizes (a log-normal spread,
 * from a few thousand to several hundred thousand inhabitants), their districts and neighbourhoods, and the CBS key
 * figures of each neighbourhood. Deterministic for a seed. The codes (from {@code GM5000}) belong to no real
 * municipality. Written out as a "Kerncijfers wijken en buurten" CSV, which the bench imports through Hecht's own
 * CBS importer.
 * <p>
 * Neighbourhoods are spread over municipalities by a power of their population (a city has more, and larger,
 * neighbourhoods); inside a municipality their sizes vary log-normally, a few are almost empty (business parks,
 * outlying countryside) and a few have their inhabitants kept secret by CBS ({@code -99997}, imported as unknown).
 */
public final class SyntheticCountry {

    /** The year of the key figures. */
    public static final int YEAR = 2024;

    static final String SECRET = "-99997";
    private static final List<String> CSV_COLUMNS = List.of("gwb_code_10", "gwb_code_8", "regio", "gm_naam", "recs",
            "gwb_code", "ind_wbi", "a_inw", "a_00_14", "a_15_24", "a_25_44", "a_45_64", "a_65_oo", "a_hh",
            "a_1p_hh", "g_ink_pi", "a_wmo_t", "g_afs_hp", "a_opp_ha");
    private static final int MAX_PER_LEVEL = 99;

    /** A municipality and its total (the sum of its neighbourhoods' known inhabitants). */
    public record Municipality(String code, String name, long inhabitants) {
    }

    public record District(String code, String name, String municipalityCode) {
    }

    /**
     * A neighbourhood with its key figures; {@code inhabitants} is null when CBS keeps it secret (then the other
     * counts are secret too).
     */
    public record Neighbourhood(String code, String name, String districtCode, String municipalityCode,
            Integer inhabitants, int[] ageGroups, int households, int onePersonHouseholds, double incomePerInhabitant,
            int wmoClients, double distanceToGpKm, int hectares) {

        public long inhabitantsOrZero() {
            return inhabitants == null ? 0 : inhabitants;
        }
    }

    /** Household and age profiles: shares of the five age groups, household size, share living alone, ... */
    private record Profile(double[] ages, double householdSize, double alone, double income, double wmo) {
    }

    private static final List<Profile> PROFILES = List.of(
            new Profile(new double[] {0.22, 0.12, 0.30, 0.24, 0.12}, 2.5, 0.22, 30.5, 0.03),
            new Profile(new double[] {0.10, 0.08, 0.18, 0.28, 0.36}, 1.7, 0.48, 27.5, 0.09),
            new Profile(new double[] {0.08, 0.22, 0.42, 0.18, 0.10}, 1.5, 0.62, 24.0, 0.04),
            new Profile(new double[] {0.15, 0.12, 0.26, 0.27, 0.20}, 2.1, 0.35, 28.5, 0.05));

    private final List<Municipality> municipalities;
    private final List<District> districts;
    private final List<Neighbourhood> neighbourhoods;

    private SyntheticCountry(List<Municipality> municipalities, List<District> districts,
            List<Neighbourhood> neighbourhoods) {
        this.municipalities = List.copyOf(municipalities);
        this.districts = List.copyOf(districts);
        this.neighbourhoods = List.copyOf(neighbourhoods);
    }

    /**
     * Generates a country of exactly {@code municipalityCount} municipalities and {@code neighbourhoodCount}
     * neighbourhoods with about {@code inhabitants} inhabitants in all.
     */
    public static SyntheticCountry generate(long seed, int municipalityCount, int neighbourhoodCount,
            long inhabitants) {
        if (municipalityCount < 1 || municipalityCount > 5000 || neighbourhoodCount < 3 * municipalityCount
                || neighbourhoodCount > municipalityCount * MAX_PER_LEVEL * MAX_PER_LEVEL) {
            throw new IllegalArgumentException("unsupported size: " + municipalityCount + " municipalities, "
                    + neighbourhoodCount + " neighbourhoods");
        }
        Random random = new Random(seed);
        double[] weights = new double[municipalityCount];
        double weightSum = 0;
        for (int m = 0; m < municipalityCount; m++) {
            weights[m] = Math.exp(0.95 * random.nextGaussian());
            weightSum += weights[m];
        }
        long[] population = new long[municipalityCount];
        double[] hoodWeights = new double[municipalityCount];
        for (int m = 0; m < municipalityCount; m++) {
            population[m] = Math.round(inhabitants * weights[m] / weightSum);
            hoodWeights[m] = Math.pow(weights[m], 0.85);
        }
        int[] hoodCounts = apportion(hoodWeights, neighbourhoodCount, 3);

        List<Municipality> municipalities = new ArrayList<>();
        List<District> districts = new ArrayList<>();
        List<Neighbourhood> neighbourhoods = new ArrayList<>();
        for (int m = 0; m < municipalityCount; m++) {
            String municipalityCode = "GM%04d".formatted(5000 + m);
            String municipalityName = "Proefgemeente %03d".formatted(m + 1);
            boolean urban = population[m] > 60_000;
            int[] perDistrict = districtSizes(hoodCounts[m], random);
            List<Neighbourhood> inMunicipality = new ArrayList<>();
            List<Double> hoodShares = new ArrayList<>();
            for (int d = 0; d < perDistrict.length; d++) {
                String districtCode = "WK%04d%02d".formatted(5000 + m, d + 1);
                districts.add(new District(districtCode, "Wijk %02d".formatted(d + 1), municipalityCode));
                for (int n = 0; n < perDistrict[d]; n++) {
                    String code = "BU%04d%02d%02d".formatted(5000 + m, d + 1, n + 1);
                    double roll = random.nextDouble();
                    // about 3% nearly empty (business park, countryside), the rest log-normal around the mean
                    hoodShares.add(roll < 0.03 ? 0.02 + 0.03 * random.nextDouble()
                            : Math.exp(0.7 * random.nextGaussian()));
                    inMunicipality.add(new Neighbourhood(code, "Buurt %02d-%02d".formatted(d + 1, n + 1),
                            districtCode, municipalityCode, null, null, 0, 0, 0, 0, 0, 0));
                }
            }
            double shareSum = hoodShares.stream().mapToDouble(Double::doubleValue).sum();
            long known = 0;
            for (int i = 0; i < inMunicipality.size(); i++) {
                Neighbourhood skeleton = inMunicipality.get(i);
                int people = Math.max(5, roundTo5(population[m] * hoodShares.get(i) / shareSum));
                Neighbourhood hood = figures(skeleton, people, urban, random.nextDouble() < 0.005, random);
                known += hood.inhabitantsOrZero();
                neighbourhoods.add(hood);
            }
            municipalities.add(new Municipality(municipalityCode, municipalityName, known));
        }
        return new SyntheticCountry(municipalities, districts, neighbourhoods);
    }

    public List<Municipality> municipalities() {
        return municipalities;
    }

    public List<District> districts() {
        return districts;
    }

    /** All neighbourhoods, ordered by code. */
    public List<Neighbourhood> neighbourhoods() {
        return neighbourhoods;
    }

    public long inhabitants() {
        return neighbourhoods.stream().mapToLong(Neighbourhood::inhabitantsOrZero).sum();
    }

    /**
     * The key figures CSV as CBS publishes it (UTF-8 with byte-order mark, {@code ;}, decimal comma, CBS's row
     * order: a municipality, then each district followed by its neighbourhoods). District and municipality rows
     * carry only their inhabitants; Hecht reads key figures per neighbourhood.
     */
    public byte[] cbsCsv() {
        StringBuilder csv = new StringBuilder(neighbourhoods.size() * 130).append('\uFEFF')
                .append(String.join(";", CSV_COLUMNS)).append("\r\n");
        int hood = 0;
        int district = 0;
        for (Municipality municipality : municipalities) {
            row(csv, municipality.code(), municipality.name(), municipality.name(), "Gemeente", ".",
                    Long.toString(municipality.inhabitants()));
            while (district < districts.size()
                    && districts.get(district).municipalityCode().equals(municipality.code())) {
                District current = districts.get(district++);
                long people = 0;
                int first = hood;
                while (hood < neighbourhoods.size() && neighbourhoods.get(hood).districtCode().equals(current.code())) {
                    people += neighbourhoods.get(hood++).inhabitantsOrZero();
                }
                row(csv, current.code(), current.name(), municipality.name(), "Wijk", "1", Long.toString(people));
                for (int i = first; i < hood; i++) {
                    neighbourhoodRow(csv, neighbourhoods.get(i), municipality.name());
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, String code, String name, String municipalityName, String level,
            String indicator, String inhabitants) {
        csv.append(code).append(';').append(code, 2, code.length()).append(';').append(name).append(';')
                .append(municipalityName).append(';').append(level).append(';').append(code).append(';')
                .append(indicator).append(';').append(inhabitants).append(";".repeat(CSV_COLUMNS.size() - 8))
                .append("\r\n");
    }

    private static void neighbourhoodRow(StringBuilder csv, Neighbourhood hood, String municipalityName) {
        csv.append(hood.code()).append(';').append(hood.code(), 2, hood.code().length()).append(';')
                .append(hood.name()).append(';').append(municipalityName).append(";Buurt;").append(hood.code())
                .append(";1;");
        if (hood.inhabitants() == null) {
            // secret: every count is secret, the averages unknown
            csv.append(String.join(";", Collections.nCopies(8, SECRET))).append(";.;").append(SECRET).append(';');
        } else {
            csv.append(hood.inhabitants());
            for (int age : hood.ageGroups()) {
                csv.append(';').append(age);
            }
            csv.append(';').append(hood.households()).append(';').append(hood.onePersonHouseholds()).append(';')
                    .append(decimal(hood.incomePerInhabitant())).append(';').append(hood.wmoClients()).append(';');
        }
        csv.append(decimal(hood.distanceToGpKm())).append(';').append(hood.hectares()).append("\r\n");
    }

    /** The figures of a neighbourhood of {@code people} inhabitants. */
    private static Neighbourhood figures(Neighbourhood skeleton, int people, boolean urban, boolean secret,
            Random random) {
        Profile profile = PROFILES.get(random.nextInt(PROFILES.size()));
        double jitter = random.nextDouble();
        int[] ages = new int[5];
        int largest = 0;
        for (int i = 0; i < ages.length; i++) {
            ages[i] = roundTo5(people * profile.ages()[i]);
            largest = ages[i] > ages[largest] ? i : largest;
        }
        ages[largest] += people - java.util.Arrays.stream(ages).sum();
        int households = roundTo5(people / (profile.householdSize() + 0.2 * (jitter - 0.5)));
        double distance = urban ? 0.4 + 0.9 * random.nextDouble() : 0.8 + 3.2 * random.nextDouble();
        int hectares = (int) Math.round(people / (urban ? 60.0 + 80 * jitter : 4.0 + 20 * jitter)) + 5;
        return new Neighbourhood(skeleton.code(), skeleton.name(), skeleton.districtCode(),
                skeleton.municipalityCode(), secret ? null : people, ages, households,
                roundTo5(households * profile.alone()), profile.income() + 6 * (jitter - 0.5),
                roundTo5(people * profile.wmo()), distance, hectares);
    }

    /** Neighbourhoods per district: districts of 2 to 8 neighbourhoods, at most 99 districts of at most 99. */
    private static int[] districtSizes(int neighbourhoods, Random random) {
        int typical = 2 + random.nextInt(7);
        int count = Math.min(MAX_PER_LEVEL, Math.max(1, (int) Math.round((double) neighbourhoods / typical)));
        count = Math.max(count, (neighbourhoods + MAX_PER_LEVEL - 1) / MAX_PER_LEVEL);
        double[] weights = new double[count];
        for (int d = 0; d < count; d++) {
            weights[d] = 0.5 + random.nextDouble();
        }
        int[] sizes = apportion(weights, neighbourhoods, 1);
        // apportioning can push a district over the limit; move the excess to the smallest districts
        for (int d = 0; d < count; d++) {
            while (sizes[d] > MAX_PER_LEVEL) {
                int smallest = 0;
                for (int i = 1; i < count; i++) {
                    smallest = sizes[i] < sizes[smallest] ? i : smallest;
                }
                sizes[d]--;
                sizes[smallest]++;
            }
        }
        return sizes;
    }

    /**
     * Splits {@code total} into whole parts proportional to the weights, each at least {@code minimum}, adding up to
     * exactly {@code total} (largest remainder method).
     */
    static int[] apportion(double[] weights, int total, int minimum) {
        int[] parts = new int[weights.length];
        int rest = total - minimum * weights.length;
        if (rest < 0) {
            throw new IllegalArgumentException("cannot give " + weights.length + " parts at least " + minimum
                    + " of " + total);
        }
        double sum = java.util.Arrays.stream(weights).sum();
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = rest * weights[i] / sum;
            parts[i] = minimum + (int) Math.floor(exact);
            remainders[i] = exact - Math.floor(exact);
            given += parts[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int i = 0; given < total; i = (i + 1) % order.length) {
            parts[order[i]]++;
            given++;
        }
        return parts;
    }

    static int roundTo5(double value) {
        return (int) (Math.round(value / 5.0) * 5);
    }

    /** One decimal with a decimal comma, as in CBS's Dutch files. */
    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
