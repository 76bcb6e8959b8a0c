package nl.hecht.area.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import nl.hecht.shared.jobs.ImportProgress;

class AdjacencyTests {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static Geometry rectangle(double x, double y, double width, double height) {
        return GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + width, y),
                new Coordinate(x + width, y + height), new Coordinate(x, y + height), new Coordinate(x, y)});
    }

    @Test
    void squaresSharingAnEdgeAreNeighbours() {
        assertThat(Adjacency.borders(rectangle(0, 0, 1, 1), rectangle(1, 0, 1, 1))).isTrue();
    }

    @Test
    void squaresTouchingAtACornerAreNot() {
        assertThat(Adjacency.borders(rectangle(0, 0, 1, 1), rectangle(1, 1, 1, 1))).isFalse();
    }

    @Test
    void squaresApartAreNot() {
        assertThat(Adjacency.borders(rectangle(0, 0, 1, 1), rectangle(1.001, 0, 1, 1))).isFalse();
    }

    @Test
    void aPartlySharedEdgeWithoutCommonVerticesCounts() {
        assertThat(Adjacency.borders(rectangle(0, 0, 1, 1), rectangle(1, 0.5, 1, 2))).isTrue();
    }

    @Test
    void overlappingOutlinesCount() {
        assertThat(Adjacency.borders(rectangle(0, 0, 1, 1), rectangle(0.9, 0.2, 1, 1))).isTrue();
    }

    @Test
    void findsAllPairsOfAGridOnce() {
        // Three by three squares: 12 shared edges; the diagonal neighbours only touch at corners.
        List<Geometry> grid = new java.util.ArrayList<>();
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                grid.add(rectangle(column, row, 1, 1));
            }
        }
        List<Adjacency.Pair> pairs = Adjacency.of(grid, ImportProgress.none());

        assertThat(pairs).hasSize(12).allMatch(pair -> pair.first() < pair.second());
        assertThat(pairs).contains(new Adjacency.Pair(0, 1), new Adjacency.Pair(0, 3), new Adjacency.Pair(4, 5))
                .doesNotContain(new Adjacency.Pair(0, 4), new Adjacency.Pair(2, 4));
    }
}
