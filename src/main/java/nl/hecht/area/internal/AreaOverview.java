package nl.hecht.area.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Tuple;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the admin overview shows: how many areas of each level, with outlines, the years with figures. */
@Service
@Transactional(readOnly = true)
public class AreaOverview {

    /** The numbers of one level. */
    public record LevelCount(AreaLevel level, long areas, long withOutline) {
    }

    /** How many areas have key figures for a year. */
    public record YearCount(int year, long areas) {
    }

    public record Summary(List<LevelCount> levels, List<YearCount> years, long neighbourPairs) {
    }

    private final AreaRepository areas;
    private final AreaKeyFiguresRepository figures;
    private final AreaGeometryRepository geometries;
    private final AreaNeighbours neighbours;

    AreaOverview(AreaRepository areas, AreaKeyFiguresRepository figures, AreaGeometryRepository geometries,
            AreaNeighbours neighbours) {
        this.areas = areas;
        this.figures = figures;
        this.geometries = geometries;
        this.neighbours = neighbours;
    }

    public Summary summary() {
        Map<AreaLevel, Long> counts = byLevel(areas.countByLevel());
        Map<AreaLevel, Long> outlines = byLevel(geometries.countByLevel());
        List<LevelCount> levels = java.util.Arrays.stream(AreaLevel.values())
                .map(level -> new LevelCount(level, counts.getOrDefault(level, 0L), outlines.getOrDefault(level, 0L)))
                .toList();
        List<YearCount> years = figures.countByYear().stream()
                .map(row -> new YearCount(row.get("year", Integer.class), row.get("areas", Long.class))).toList();
        return new Summary(levels, years, neighbours.count());
    }

    private static Map<AreaLevel, Long> byLevel(List<Tuple> rows) {
        Map<AreaLevel, Long> counts = new EnumMap<>(AreaLevel.class);
        rows.forEach(row -> counts.put(row.get("level", AreaLevel.class), row.get("areas", Long.class)));
        return counts;
    }
}
