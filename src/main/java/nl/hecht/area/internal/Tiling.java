package nl.hecht.area.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * A jittered lattice of cells with wiggly edges, cut into regions that grow from seeds: the geometry behind the
 * generated demo and benchmark maps. Neighbouring cells share their edge point for point, so regions made of cells
 * tile their parent exactly (no gaps, no overlaps) and share their boundaries vertex for vertex, like CBS maps do.
 * Deterministic for a given {@link Random}.
 */
final class Tiling {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final int columns;
    private final int rows;
    private final double size;
    private final int edgePoints;
    private final Random random;
    private final boolean[] inside;
    private final Coordinate[][] vertices;
    private final Coordinate[][][] horizontalEdges;
    private final Coordinate[][][] verticalEdges;

    /**
     * @param edgePoints the points between the corners of each cell edge (more points: more detailed outlines)
     * @param organicOutline keep only the cells within a wobbly ellipse (a region that looks like one) instead of
     *        the whole rectangle
     */
    Tiling(int columns, int rows, double size, int edgePoints, double originX, double originY,
            boolean organicOutline, Random random) {
        this.columns = columns;
        this.rows = rows;
        this.size = size;
        this.edgePoints = edgePoints;
        this.random = random;
        this.vertices = new Coordinate[columns + 1][rows + 1];
        for (int i = 0; i <= columns; i++) {
            for (int j = 0; j <= rows; j++) {
                vertices[i][j] = new Coordinate(round(originX + (i + jitter(0.28)) * size),
                        round(originY + (j + jitter(0.28)) * size));
            }
        }
        this.horizontalEdges = new Coordinate[columns][rows + 1][];
        this.verticalEdges = new Coordinate[columns + 1][rows][];
        for (int i = 0; i < columns; i++) {
            for (int j = 0; j <= rows; j++) {
                horizontalEdges[i][j] = wiggle(vertices[i][j], vertices[i + 1][j]);
            }
        }
        for (int i = 0; i <= columns; i++) {
            for (int j = 0; j < rows; j++) {
                verticalEdges[i][j] = wiggle(vertices[i][j], vertices[i][j + 1]);
            }
        }
        this.inside = new boolean[columns * rows];
        double[] phases = {random.nextDouble() * Math.PI * 2, random.nextDouble() * Math.PI * 2,
                random.nextDouble() * Math.PI * 2};
        for (int cell = 0; cell < inside.length; cell++) {
            if (!organicOutline) {
                inside[cell] = true;
                continue;
            }
            double dx = (column(cell) + 0.5 - columns / 2.0) / (columns * 0.49);
            double dy = (row(cell) + 0.5 - rows / 2.0) / (rows * 0.49);
            double angle = Math.atan2(dy, dx);
            double edge = 0.9 + 0.06 * Math.sin(2 * angle + phases[0]) + 0.05 * Math.sin(3 * angle + phases[1])
                    + 0.03 * Math.sin(5 * angle + phases[2]);
            inside[cell] = Math.sqrt(dx * dx + dy * dy) <= edge;
        }
    }

    /** All cells within the outline. */
    List<Integer> cells() {
        List<Integer> cells = new ArrayList<>();
        for (int cell = 0; cell < inside.length; cell++) {
            if (inside[cell]) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** The cell within the given cells nearest to a point given as a fraction of the lattice's width and height. */
    int nearest(List<Integer> cells, double relativeX, double relativeY, List<Integer> taken) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int cell : cells) {
            if (taken.contains(cell)) {
                continue;
            }
            double dx = (column(cell) + 0.5) / columns - relativeX;
            double dy = (row(cell) + 0.5) / rows - relativeY;
            double distance = dx * dx + dy * dy;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = cell;
            }
        }
        return best;
    }

    /**
     * {@code count} seeds spread over the cells (farthest-point sampling with a little chance), the first given. A
     * chosen seed is at distance 0 from itself, so it is never chosen twice.
     */
    List<Integer> spreadSeeds(List<Integer> cells, int count, int first) {
        List<Integer> seeds = new ArrayList<>();
        seeds.add(first);
        double[] nearest = new double[cells.size()];
        java.util.Arrays.fill(nearest, Double.MAX_VALUE);
        while (seeds.size() < count) {
            int last = seeds.get(seeds.size() - 1);
            int best = -1;
            double bestScore = -1;
            for (int k = 0; k < cells.size(); k++) {
                int cell = cells.get(k);
                nearest[k] = Math.min(nearest[k], distanceSquared(cell, last));
                double score = nearest[k] * (0.8 + 0.4 * random.nextDouble());
                if (score > bestScore) {
                    bestScore = score;
                    best = cell;
                }
            }
            seeds.add(best);
        }
        return seeds;
    }

    /**
     * Divides the given (connected) cells among the seeds by growing all regions one ring of cells at a time; each
     * region is connected. Returns the cells of each seed's region, in seed order.
     */
    List<List<Integer>> grow(List<Integer> cells, List<Integer> seeds) {
        int[] owner = new int[inside.length];
        java.util.Arrays.fill(owner, -2);
        cells.forEach(cell -> owner[cell] = -1);
        List<List<Integer>> regions = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s = 0; s < seeds.size(); s++) {
            owner[seeds.get(s)] = s;
            queue.add(seeds.get(s));
            regions.add(new ArrayList<>(List.of(seeds.get(s))));
        }
        while (!queue.isEmpty()) {
            int cell = queue.poll();
            List<Integer> next = neighbours(cell);
            Collections.shuffle(next, random);
            for (int neighbour : next) {
                if (owner[neighbour] == -1) {
                    owner[neighbour] = owner[cell];
                    regions.get(owner[cell]).add(neighbour);
                    queue.add(neighbour);
                }
            }
        }
        return regions;
    }

    /**
     * The outline of a set of cells: the cell edges that have the set on one side only, joined into polygons (with
     * holes where the set surrounds other cells). Exact, because the edges are shared, and much faster than a union.
     */
    Geometry outline(List<Integer> cells) {
        Set<Integer> inside = new HashSet<>(cells);
        Polygonizer polygonizer = new Polygonizer(true);
        for (int cell : cells) {
            int i = column(cell);
            int j = row(cell);
            if (j == 0 || !inside.contains(cell - columns)) {
                polygonizer.add(GEOMETRY.createLineString(horizontalEdges[i][j]));
            }
            if (j == rows - 1 || !inside.contains(cell + columns)) {
                polygonizer.add(GEOMETRY.createLineString(horizontalEdges[i][j + 1]));
            }
            if (i == 0 || !inside.contains(cell - 1)) {
                polygonizer.add(GEOMETRY.createLineString(verticalEdges[i][j]));
            }
            if (i == columns - 1 || !inside.contains(cell + 1)) {
                polygonizer.add(GEOMETRY.createLineString(verticalEdges[i + 1][j]));
            }
        }
        // In normal form: the same rings start at the same point, whatever order the polygonizer found them in.
        return polygonizer.getGeometry().norm();
    }

    private List<Integer> neighbours(int cell) {
        int i = column(cell);
        int j = row(cell);
        List<Integer> neighbours = new ArrayList<>(4);
        if (i > 0) {
            neighbours.add(cell - 1);
        }
        if (i < columns - 1) {
            neighbours.add(cell + 1);
        }
        if (j > 0) {
            neighbours.add(cell - columns);
        }
        if (j < rows - 1) {
            neighbours.add(cell + columns);
        }
        return neighbours;
    }

    private double distanceSquared(int a, int b) {
        double dx = column(a) - column(b);
        double dy = row(a) - row(b);
        return dx * dx + dy * dy;
    }

    private int column(int cell) {
        return cell % columns;
    }

    private int row(int cell) {
        return cell / columns;
    }

    /**
     * The points of an edge from a to b, bent sideways along a smooth random curve that is straight at both ends, so
     * that edges meeting at a corner do not cross.
     */
    private Coordinate[] wiggle(Coordinate a, Coordinate b) {
        Coordinate[] points = new Coordinate[edgePoints + 2];
        points[0] = a;
        points[points.length - 1] = b;
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double length = Math.hypot(dx, dy);
        double first = jitter(0.06);
        double second = jitter(0.03);
        double third = jitter(0.015);
        for (int k = 1; k <= edgePoints; k++) {
            double t = (double) k / (edgePoints + 1);
            double offset = size * (first * Math.sin(Math.PI * t) + second * Math.sin(2 * Math.PI * t)
                    + third * Math.sin(3 * Math.PI * t));
            points[k] = new Coordinate(round(a.x + dx * t - dy / length * offset),
                    round(a.y + dy * t + dx / length * offset));
        }
        return points;
    }

    private double jitter(double amplitude) {
        return (random.nextDouble() * 2 - 1) * amplitude;
    }

    /** Millimetres are plenty. */
    private static double round(double metres) {
        return Math.round(metres * 1000) / 1000.0;
    }
}
