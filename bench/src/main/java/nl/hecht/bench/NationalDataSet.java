package nl.hecht.bench;

/**
 * The synthetic national data set of the benchmarks: a {@link SyntheticCountry} and the {@link SyntheticNetworks}
 * over it. Deterministic: the same size and seed give the same data, ids included.
 */
public record NationalDataSet(Size size, SyntheticCountry country, SyntheticNetworks networks) {

    /**
     * How large a data set is.
     *
     * @param inhabitants about how many people live in the country
     */
    public record Size(long seed, int municipalities, int neighbourhoods, long inhabitants, int regions,
            int coreNetworks) {

        /**
         * The Netherlands in round numbers (issue 4): 345 municipalities, 14,500 neighbourhoods, 17.9 million
         * inhabitants, 25 regions (RESV) and 1,200 core networks.
         */
        public static final Size NATIONAL = new Size(2026L, 345, 14_500, 17_900_000L, 25, 1_200);
    }

    public static NationalDataSet generate(Size size) {
        SyntheticCountry country = SyntheticCountry.generate(size.seed(), size.municipalities(), size.neighbourhoods(),
                size.inhabitants());
        return new NationalDataSet(size, country,
                SyntheticNetworks.generate(size.seed(), country, size.regions(), size.coreNetworks()));
    }

    public static NationalDataSet national() {
        return generate(Size.NATIONAL);
    }

    /** One line: what the data set holds. */
    public String summary() {
        return ("%,d municipalities, %,d districts, %,d neighbourhoods, %,d inhabitants; %,d regions, %,d core and "
                + "%,d thematic networks, %,d members, %,d GP practices").formatted(country.municipalities().size(),
                        country.districts().size(), country.neighbourhoods().size(), country.inhabitants(),
                        networks.regions().size(), networks.coreNetworks(),
                        networks.networks().size() - networks.coreNetworks(), networks.members(),
                        networks.practices().size());
    }
}
