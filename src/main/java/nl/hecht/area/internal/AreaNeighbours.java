package nl.hecht.area.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The derived table of areas that border each other. Written with plain JDBC batches: it is not an aggregate of its
 * own but a fact computed from the outlines, tens of thousands of rows for a national map.
 */
@Repository
class AreaNeighbours {

    static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;

    AreaNeighbours(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces every pair that involves one of the given areas by the given pairs (each stored in both directions).
     * Runs in the caller's transaction.
     */
    void replace(Collection<String> areas, Collection<Map.Entry<String, String>> pairs) {
        for (List<String> chunk : chunks(areas)) {
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            Object[] codes = chunk.toArray();
            jdbc.update("delete from area_neighbour where area_code in (" + marks + ")", codes);
            jdbc.update("delete from area_neighbour where neighbour_code in (" + marks + ")", codes);
        }
        List<Object[]> rows = new ArrayList<>(pairs.size() * 2);
        for (Map.Entry<String, String> pair : pairs) {
            rows.add(new Object[] {pair.getKey(), pair.getValue()});
            rows.add(new Object[] {pair.getValue(), pair.getKey()});
        }
        jdbc.batchUpdate("insert into area_neighbour (area_code, neighbour_code) values (?, ?)", rows);
    }

    /** The neighbours of each given area (areas without neighbours are absent). */
    Map<String, Set<String>> of(Collection<String> areas) {
        Map<String, Set<String>> neighbours = new TreeMap<>();
        for (List<String> chunk : chunks(areas)) {
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.query("select area_code, neighbour_code from area_neighbour where area_code in (" + marks + ")",
                    row -> {
                        neighbours.computeIfAbsent(row.getString(1), code -> new TreeSet<>()).add(row.getString(2));
                    }, chunk.toArray());
        }
        return neighbours;
    }

    long count() {
        Long count = jdbc.queryForObject("select count(*) from area_neighbour", Long.class);
        return count == null ? 0 : count / 2;
    }

    static <T> List<List<T>> chunks(Collection<T> items) {
        List<T> all = new ArrayList<>(items);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
