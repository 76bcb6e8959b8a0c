package nl.hecht.area.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.locationtech.jts.algorithm.InteriorPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * One area's outline as read from a map file: code, names, and the geometry in WGS84 (longitude, latitude) with its
 * GeoJSON text and a representative point inside it ({@link InteriorPoint}, so also inside a crescent-shaped area).
 */
final class AreaShape {

    /** Decimal places of stored coordinates: 7 is about one centimetre. */
    static final int DECIMALS = 7;

    private final long line;
    private final int feature;
    private final String code;
    private final AreaLevel level;
    private final String name;
    private final String districtName;
    private final String municipalityName;
    private final Geometry geometry;
    private final Coordinate point;
    private final String geoJson;
    private final String contentHash;

    AreaShape(long line, int feature, String code, String name, String districtName, String municipalityName,
            Geometry geometry) {
        this.line = line;
        this.feature = feature;
        this.code = code;
        this.level = AreaLevel.ofCode(code).orElseThrow();
        this.name = name;
        this.districtName = districtName;
        this.municipalityName = municipalityName;
        this.geometry = geometry;
        this.point = InteriorPoint.getInteriorPoint(geometry);
        GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
        writer.setEncodeCRS(false);
        this.geoJson = writer.write(geometry);
        this.contentHash = sha256(geoJson);
    }

    long line() {
        return line;
    }

    int feature() {
        return feature;
    }

    String code() {
        return code;
    }

    AreaLevel level() {
        return level;
    }

    String name() {
        return name;
    }

    String districtName() {
        return districtName;
    }

    String municipalityName() {
        return municipalityName;
    }

    Geometry geometry() {
        return geometry;
    }

    /** A point inside the area: x is the longitude, y the latitude. */
    Coordinate point() {
        return point;
    }

    String geoJson() {
        return geoJson;
    }

    String contentHash() {
        return contentHash;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
