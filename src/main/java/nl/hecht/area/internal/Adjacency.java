package nl.hecht.area.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Dimension;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.IntersectionMatrix;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.relateng.RelateNG;

import nl.hecht.shared.jobs.ImportProgress;

/**
 * Which areas border each other. Two outlines are neighbours when they share a stretch of boundary (the boundaries
 * meet in a line, not only in points: two squares that touch at a corner are not neighbours) or when they overlap
 * (their interiors meet; real maps have slivers). Candidates come from an STRtree of bounding boxes, and each outline
 * is prepared once ({@link RelateNG}) for the tests against its candidates, so a national map of about 14,500
 * neighbourhoods takes seconds.
 */
final class Adjacency {

    /** Two outlines that border each other, by their index in the input; {@code first < second}. */
    record Pair(int first, int second) {
    }

    private Adjacency() {
    }

    static List<Pair> of(List<Geometry> outlines, ImportProgress<AreaImportPhase> progress) {
        STRtree index = new STRtree();
        for (int i = 0; i < outlines.size(); i++) {
            index.insert(outlines.get(i).getEnvelopeInternal(), i);
        }
        index.build();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < outlines.size(); i++) {
            Geometry outline = outlines.get(i);
            RelateNG prepared = null;
            for (Object candidate : index.query(outline.getEnvelopeInternal())) {
                int j = (Integer) candidate;
                if (j <= i) {
                    continue;
                }
                if (prepared == null) {
                    prepared = RelateNG.prepare(outline);
                }
                if (borders(prepared.evaluate(outlines.get(j)))) {
                    pairs.add(new Pair(i, j));
                }
            }
            if (i % 500 == 0) {
                progress.report(AreaImportPhase.NEIGHBOURS, i, outlines.size());
            }
        }
        progress.report(AreaImportPhase.NEIGHBOURS, outlines.size(), outlines.size());
        return pairs;
    }

    static boolean borders(Geometry a, Geometry b) {
        return borders(RelateNG.relate(a, b));
    }

    private static boolean borders(IntersectionMatrix matrix) {
        return matrix.get(Location.INTERIOR, Location.INTERIOR) == Dimension.A
                || matrix.get(Location.BOUNDARY, Location.BOUNDARY) == Dimension.L;
    }
}
