package nl.hecht.area.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The alias table of the CBS key figures CSV: which column names (compared case-insensitively, surrounding blanks
 * ignored) Hecht understands, per thing it reads. The first name present wins. docs/area.md lists the same table.
 */
final class CbsColumns {

    /** Columns that hold the area code, most specific first. Codes may carry their prefix or be digits only. */
    static final List<String> CODE = List.of("gwb_code_10", "gwb_code", "codering_3", "codering", "statcode",
            "gwb_code_8", "bu_code", "buurtcode", "wk_code", "wijkcode", "gm_code", "gemeentecode");

    /** The kind of area: Gemeente, Wijk or Buurt (a "Land" row, the national total, is skipped). */
    static final List<String> LEVEL = List.of("recs", "soortregio", "soortregio_2");

    /** The name of the area on the row itself, whatever its level. */
    static final List<String> NAME = List.of("regio", "wijkenenbuurten", "statnaam", "naam");

    static final List<String> MUNICIPALITY_NAME = List.of("gm_naam", "gemeentenaam");
    static final List<String> DISTRICT_NAME = List.of("wk_naam", "wijknaam");
    static final List<String> NEIGHBOURHOOD_NAME = List.of("bu_naam", "buurtnaam");

    /** A key figure: its aliases for absolute values and, for older files, for percentages. */
    enum Figure {
        INHABITANTS(true, List.of("a_inw", "aant_inw", "aantal_inwoners", "aantalinwoners"), List.of(), null),
        AGE_0_14(true, List.of("a_00_14", "aant_00_14"), List.of("p_00_14_jr", "p_00_14"), INHABITANTS),
        AGE_15_24(true, List.of("a_15_24", "aant_15_24"), List.of("p_15_24_jr", "p_15_24"), INHABITANTS),
        AGE_25_44(true, List.of("a_25_44", "aant_25_44"), List.of("p_25_44_jr", "p_25_44"), INHABITANTS),
        AGE_45_64(true, List.of("a_45_64", "aant_45_64"), List.of("p_45_64_jr", "p_45_64"), INHABITANTS),
        AGE_65_PLUS(true, List.of("a_65_oo", "a_65_eo", "aant_65_eo"), List.of("p_65_eo_jr", "p_65_oo", "p_65_eo"),
                INHABITANTS),
        HOUSEHOLDS(true, List.of("a_hh", "aant_hh", "aantal_huishoudens"), List.of(), null),
        ONE_PERSON_HOUSEHOLDS(true, List.of("a_1p_hh", "a_eenp_hh"), List.of("p_1p_hh", "p_eenp_hh"), HOUSEHOLDS),
        AVERAGE_INCOME_PER_INHABITANT(false, List.of("g_ink_pi", "ink_inw", "gem_ink_inw"), List.of(), null),
        WMO_CLIENTS(true, List.of("a_wmo_t", "a_wmo"), List.of(), null),
        DISTANCE_TO_GP(false, List.of("g_afs_hp", "af_huisart", "afs_huisarts"), List.of(), null),
        AREA_HECTARES(true, List.of("a_opp_ha", "opp_tot", "oppervlakte_totaal"), List.of(), null);

        private final boolean wholeNumber;
        private final List<String> aliases;
        private final List<String> percentageAliases;
        private final Figure percentageOf;

        Figure(boolean wholeNumber, List<String> aliases, List<String> percentageAliases, Figure percentageOf) {
            this.wholeNumber = wholeNumber;
            this.aliases = aliases;
            this.percentageAliases = percentageAliases;
            this.percentageOf = percentageOf;
        }

        boolean wholeNumber() {
            return wholeNumber;
        }

        List<String> aliases() {
            return aliases;
        }

        List<String> percentageAliases() {
            return percentageAliases;
        }

        /** What a percentage column is a percentage of (inhabitants, or households). */
        Figure percentageOf() {
            return percentageOf;
        }
    }

    private CbsColumns() {
    }

    /** The normal form of a header: lower case, without blanks or a byte-order mark around it. */
    static String normalise(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    /** Whether Hecht knows this (normalised) column name at all. */
    static boolean known(String name) {
        return Stream.of(CODE, LEVEL, NAME, MUNICIPALITY_NAME, DISTRICT_NAME, NEIGHBOURHOOD_NAME).anyMatch(
                list -> list.contains(name)) || figureOf(name).isPresent();
    }

    private static Optional<Figure> figureOf(String name) {
        return Stream.of(Figure.values())
                .filter(figure -> figure.aliases.contains(name) || figure.percentageAliases.contains(name))
                .findFirst();
    }
}
