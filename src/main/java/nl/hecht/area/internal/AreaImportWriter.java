package nl.hecht.area.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.hibernate.Session;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.area.internal.CbsCsvReader.CbsCsvFile;
import nl.hecht.area.internal.CbsCsvReader.CbsRow;
import nl.hecht.area.internal.GeoJsonAreaReader.GeoJsonFile;
import nl.hecht.shared.cache.ReferenceDataCache;
import nl.hecht.shared.jobs.ImportProgress;

/**
 * Writes a file that was read and found without rejected lines, in one transaction: all of it or (on any failure)
 * nothing. Upserts by code (and year, for figures): what is stored is loaded once, new rows are inserted in JDBC
 * batches and changed rows updated by Hibernate's dirty checking, so a national file takes seconds.
 */
@Component
class AreaImportWriter {

    private static final int BATCH_SIZE = 500;

    private final EntityManager entityManager;
    private final AreaRepository areas;
    private final AreaKeyFiguresRepository figures;
    private final AreaGeometryRepository geometries;
    private final AreaNeighbours neighbours;
    private final Clock clock;
    private final ReferenceDataCache cache;

    AreaImportWriter(EntityManager entityManager, AreaRepository areas, AreaKeyFiguresRepository figures,
            AreaGeometryRepository geometries, AreaNeighbours neighbours, Clock clock, ReferenceDataCache cache) {
        this.cache = cache;
        this.entityManager = entityManager;
        this.areas = areas;
        this.figures = figures;
        this.geometries = geometries;
        this.neighbours = neighbours;
        this.clock = clock;
    }

    /** Writes the areas and key figures of a CBS CSV for one year. */
    @Transactional
    public WriteCounts writeFigures(CbsCsvFile file, int year, ImportProgress<AreaImportPhase> progress) {
        cache.evict(AreaCatalogue.CACHES);
        batched();
        Instant now = clock.instant();
        AreaIndex index = new AreaIndex(now);
        Map<String, AreaKeyFigures> stored = file.figures().isEmpty() ? Map.of()
                : figures.findByYear(year).stream()
                        .collect(Collectors.toMap(AreaKeyFigures::areaCode, Function.identity()));
        List<CbsRow> rows = new ArrayList<>(file.rows());
        rows.sort(Comparator.comparing(CbsRow::level).thenComparing(CbsRow::code));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int done = 0;
        for (CbsRow row : rows) {
            Change change = index.upsert(row.code(), row.name(), row.districtName(), row.municipalityName());
            if (!file.figures().isEmpty()) {
                AreaKeyFigures current = stored.get(row.code());
                if (current == null) {
                    entityManager.persist(new AreaKeyFigures(row.code(), row.figures()));
                    change = Change.CREATED;
                } else if (current.update(row.figures(), file.figures()) && change == Change.NONE) {
                    change = Change.UPDATED;
                }
            }
            switch (change) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case NONE -> unchanged++;
            }
            if (++done % BATCH_SIZE == 0) {
                progress.report(AreaImportPhase.WRITING, done, rows.size());
            }
        }
        progress.report(AreaImportPhase.WRITING, rows.size(), rows.size());
        entityManager.flush();
        return new WriteCounts(created, updated, unchanged);
    }

    /** Writes the outlines of a map file and recomputes the neighbours of every area in it. */
    @Transactional
    public WriteCounts writeShapes(GeoJsonFile file, ImportProgress<AreaImportPhase> progress) {
        cache.evict(AreaCatalogue.CACHES);
        batched();
        Instant now = clock.instant();
        AreaIndex index = new AreaIndex(now);
        Map<String, String> hashes = new HashMap<>();
        for (Tuple row : geometries.contentHashes()) {
            hashes.put(row.get("code", String.class), row.get("hash", String.class));
        }
        List<AreaShape> shapes = new ArrayList<>(file.shapes());
        shapes.sort(Comparator.comparing(AreaShape::level).thenComparing(AreaShape::code));
        List<AreaShape> toStore = new ArrayList<>();
        Set<String> replaced = new LinkedHashSet<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (AreaShape shape : shapes) {
            Change change = index.upsert(shape.code(), shape.name(), shape.districtName(), shape.municipalityName());
            String hash = hashes.get(shape.code());
            if (hash == null) {
                toStore.add(shape);
                change = Change.CREATED;
            } else if (!hash.equals(shape.contentHash())) {
                toStore.add(shape);
                replaced.add(shape.code());
                change = change == Change.CREATED ? change : Change.UPDATED;
            }
            switch (change) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case NONE -> unchanged++;
            }
        }
        entityManager.flush();
        for (List<String> chunk : AreaNeighbours.chunks(replaced)) {
            geometries.deleteByAreaCodes(chunk);
        }
        int done = 0;
        for (AreaShape shape : toStore) {
            entityManager.persist(new AreaGeometry(shape, now));
            if (++done % BATCH_SIZE == 0) {
                progress.report(AreaImportPhase.WRITING, done, toStore.size());
                entityManager.flush();
                entityManager.clear();
            }
        }
        progress.report(AreaImportPhase.WRITING, toStore.size(), toStore.size());
        entityManager.flush();
        entityManager.clear();
        Set<AreaLevel> changedLevels = toStore.stream().map(AreaShape::level)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(AreaLevel.class)));
        writeNeighbours(shapes.stream().filter(shape -> changedLevels.contains(shape.level())).toList(), progress);
        return new WriteCounts(created, updated, unchanged);
    }

    /**
     * Recomputes, level by level, which areas border the areas in the file: among themselves and with stored areas
     * outside the file whose bounding box meets the file's extent (a file with one municipality still finds its
     * neighbours across the border). Pairs between two areas outside the file are left alone. A level whose outlines
     * did not change keeps its neighbours: they follow from the outlines alone.
     */
    private void writeNeighbours(List<AreaShape> shapes, ImportProgress<AreaImportPhase> progress) {
        Map<AreaLevel, List<AreaShape>> byLevel = new EnumMap<>(AreaLevel.class);
        shapes.forEach(shape -> byLevel.computeIfAbsent(shape.level(), level -> new ArrayList<>()).add(shape));
        for (Map.Entry<AreaLevel, List<AreaShape>> level : byLevel.entrySet()) {
            List<AreaShape> inFile = level.getValue();
            Set<String> codes = inFile.stream().map(AreaShape::code).collect(Collectors.toCollection(HashSet::new));
            Envelope extent = new Envelope();
            inFile.forEach(shape -> extent.expandToInclude(shape.geometry().getEnvelopeInternal()));
            List<String> outsideCodes = geometries.codesWithin(level.getKey().prefix() + "%", extent.getMinX(),
                    extent.getMaxX(), extent.getMinY(), extent.getMaxY()).stream()
                    .filter(code -> !codes.contains(code)).toList();
            List<String> allCodes = new ArrayList<>(inFile.stream().map(AreaShape::code).toList());
            List<Geometry> outlines = new ArrayList<>(inFile.stream().map(AreaShape::geometry).toList());
            GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
            for (List<String> chunk : AreaNeighbours.chunks(outsideCodes)) {
                for (Tuple row : geometries.geoJson(chunk)) {
                    allCodes.add(row.get("code", String.class));
                    outlines.add(parse(reader, row.get("geoJson", String.class)));
                }
            }
            List<Map.Entry<String, String>> pairs = new ArrayList<>();
            for (Adjacency.Pair pair : Adjacency.of(outlines, progress)) {
                if (pair.first() < inFile.size() || pair.second() < inFile.size()) {
                    pairs.add(new AbstractMap.SimpleImmutableEntry<>(allCodes.get(pair.first()),
                            allCodes.get(pair.second())));
                }
            }
            neighbours.replace(codes, pairs);
        }
    }

    private static Geometry parse(GeoJsonReader reader, String geoJson) {
        try {
            return reader.read(geoJson);
        } catch (ParseException e) {
            throw new IllegalStateException("stored outline is not GeoJSON", e);
        }
    }

    private void batched() {
        entityManager.unwrap(Session.class).setJdbcBatchSize(BATCH_SIZE);
    }

    private enum Change {
        CREATED, UPDATED, NONE
    }

    /**
     * The stored areas by code, loaded once per import, and the upsert of one area with its parents (created with
     * the names the row gives them, or known by code until a file names them).
     */
    private final class AreaIndex {

        private final Map<String, Area> byCode;
        private final Instant now;

        AreaIndex(Instant now) {
            this.now = now;
            this.byCode = areas.findAll().stream().collect(Collectors.toMap(Area::code, Function.identity()));
        }

        Change upsert(String code, String name, String districtName, String municipalityName) {
            AreaLevel level = AreaLevel.ofCode(code).orElseThrow();
            if (level != AreaLevel.MUNICIPALITY) {
                parent(AreaLevel.municipalityOf(code), municipalityName);
            }
            if (level == AreaLevel.NEIGHBOURHOOD) {
                parent(AreaLevel.districtOf(code), districtName);
            }
            Area area = byCode.get(code);
            if (area == null) {
                area = new Area(code, name, now);
                entityManager.persist(area);
                byCode.put(code, area);
                return Change.CREATED;
            }
            return area.rename(name, now) ? Change.UPDATED : Change.NONE;
        }

        private void parent(String code, String name) {
            Area parent = byCode.get(code);
            if (parent == null) {
                if (code.startsWith(AreaLevel.DISTRICT.prefix())) {
                    parent(AreaLevel.municipalityOf(code), null);
                }
                parent = new Area(code, name, now);
                entityManager.persist(parent);
                byCode.put(code, parent);
            } else {
                parent.learnName(name, now);
            }
        }
    }
}
