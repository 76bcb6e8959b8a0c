package nl.hecht.area.internal;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The Dutch national grid, Amersfoort / RD New (EPSG:28992), in which CBS publishes its maps: recognising it and
 * converting it to WGS84 with proj4j (with the seven-parameter datum shift of the EPSG definition, accurate to about
 * a metre, plenty for neighbourhood outlines).
 */
final class Rijksdriehoek {

    /** Where RD coordinates of the Netherlands lie, with a margin (metres). */
    private static final Envelope RD_RANGE = new Envelope(-7_000, 300_000, 289_000, 629_000);
    private static final Envelope WGS84_RANGE = new Envelope(-180, 180, -90, 90);

    private Rijksdriehoek() {
    }

    /** The coordinate systems that a map import accepts. */
    enum Crs {
        WGS84, RD;

        /** The system a GeoJSON {@code crs} name declares ({@code urn:ogc:def:crs:EPSG::28992}, ...), if known. */
        static Crs ofName(String name) {
            String normal = name.strip().toUpperCase(java.util.Locale.ROOT);
            if (normal.endsWith("28992") || normal.endsWith("RD NEW")) {
                return RD;
            }
            if (normal.endsWith("CRS84") || normal.endsWith(":4326") || normal.endsWith("/4326")
                    || normal.equals("WGS84")) {
                return WGS84;
            }
            return null;
        }

        /** The system that all coordinates fit in, judging by their extent; null when neither fits. */
        static Crs ofExtent(Envelope extent) {
            if (WGS84_RANGE.covers(extent)) {
                return WGS84;
            }
            if (RD_RANGE.covers(extent)) {
                return RD;
            }
            return null;
        }

        boolean fits(Envelope extent) {
            return (this == WGS84 ? WGS84_RANGE : RD_RANGE).covers(extent);
        }
    }

    /** Converts RD coordinates to WGS84 in place (x becomes the longitude, y the latitude). Not thread-safe. */
    static final class ToWgs84 implements CoordinateSequenceFilter {

        private final CoordinateTransform transform;
        private final ProjCoordinate source = new ProjCoordinate();
        private final ProjCoordinate target = new ProjCoordinate();

        ToWgs84() {
            CRSFactory factory = new CRSFactory();
            this.transform = new CoordinateTransformFactory().createTransform(factory.createFromName("EPSG:28992"),
                    factory.createFromName("EPSG:4326"));
        }

        void apply(Geometry geometry) {
            geometry.apply(this);
            geometry.geometryChanged();
        }

        @Override
        public void filter(CoordinateSequence sequence, int i) {
            source.x = sequence.getX(i);
            source.y = sequence.getY(i);
            transform.transform(source, target);
            sequence.setOrdinate(i, CoordinateSequence.X, target.x);
            sequence.setOrdinate(i, CoordinateSequence.Y, target.y);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }

    /** Rounds coordinates in place, the same way for every area, so that shared boundaries stay identical. */
    static void round(Geometry geometry, int decimals) {
        double scale = Math.pow(10, decimals);
        geometry.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                sequence.setOrdinate(i, CoordinateSequence.X, Math.round(sequence.getX(i) * scale) / scale);
                sequence.setOrdinate(i, CoordinateSequence.Y, Math.round(sequence.getY(i) * scale) / scale);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        geometry.geometryChanged();
    }
}
