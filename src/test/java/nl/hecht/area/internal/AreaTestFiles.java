package nl.hecht.area.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Small CBS files for the fictional municipality GM9701 ("Proefdorp", one district, three neighbourhoods) that tests
 * import next to the demo region, and the cleanup that removes them again (all codes with 97 after the prefix).
 */
public final class AreaTestFiles {

    public static final String HEADER = "gwb_code_10;regio;gm_naam;recs;a_inw;a_00_14;a_15_24;a_25_44;a_45_64;"
            + "a_65_oo;a_hh;a_1p_hh;g_ink_pi;a_wmo_t;g_afs_hp;a_opp_ha;a_man";

    public static final List<String> GOOD_ROWS = List.of(
            "GM9701;Proefdorp;Proefdorp;Gemeente;3000;450;300;800;800;650;1400;500;29,5;150;1,2;900;1490",
            "WK970101;Dorp;Proefdorp;Wijk;3000;450;300;800;800;650;1400;500;29,5;150;1,2;900;1490",
            "BU97010101;Dorpskern;Proefdorp;Buurt;1500;200;150;400;400;350;700;300;28,0;80;0,6;300;745",
            "BU97010102;Akkers;Proefdorp;Buurt;1465;250;150;400;400;265;690;200;31.0;70;1.5;450;730",
            "BU97010103;Bedrijventerrein;Proefdorp;Buurt;35;-99997;-99997;-99997;-99997;-99997;.;.;-99997;;"
                    + "-99999999;150;.");

    private AreaTestFiles() {
    }

    public static String csv(List<String> rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    public static Path write(Path folder, String name, String content) {
        try {
            return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A square neighbourhood of 0.01 degree near Zwolle, the {@code column}th from the west. */
    public static String squareFeature(String code, int column) {
        double x = 6.0 + column * 0.01;
        double y = 52.5;
        double s = 0.01;
        return "{\"type\":\"Feature\",\"properties\":{\"buurtcode\":\"" + code + "\",\"gemeentenaam\":\"Proefdorp\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}}"
                        .formatted(x, y, x + s, y, x + s, y + s, x, y + s, x, y);
    }

    public static String map(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}";
    }

    /** Removes what the tests imported for GM9701 (the demo region and other tests' data stay). */
    /** Removes the test areas (GM97..), also from the reference data cache, which the deletes below go around. */
    public static void cleanUp(JdbcTemplate jdbc, CacheManager caches) {
        cleanUp(jdbc);
        for (String name : AreaCatalogue.CACHES) {
            org.springframework.cache.Cache cache = caches.getCache(name);
            if (cache != null) {
                cache.clear();
            }
        }
    }

    private static void cleanUp(JdbcTemplate jdbc) {
        jdbc.update("delete from area_neighbour where area_code like '__97%' or neighbour_code like '__97%'");
        jdbc.update("delete from area_geometry where area_code like '__97%'");
        jdbc.update("delete from area_key_figures where area_code like '__97%'");
        jdbc.update("delete from area where code like 'BU97%'");
        jdbc.update("delete from area where code like 'WK97%'");
        jdbc.update("delete from area where code like 'GM97%'");
    }

    /** Counts of what is stored for GM9701, and a fingerprint of its figures, to see that nothing changed. */
    public static String state(JdbcTemplate jdbc) {
        return jdbc.queryForList("select code, name from area where code like '__97%' order by code").toString()
                + jdbc.queryForList("select * from area_key_figures where area_code like '__97%' "
                        + "order by area_code, figures_year").toString()
                + jdbc.queryForList("select area_code, content_hash from area_geometry where area_code like '__97%' "
                        + "order by area_code").toString()
                + jdbc.queryForList("select * from area_neighbour where area_code like '__97%' "
                        + "order by area_code, neighbour_code").toString();
    }
}
