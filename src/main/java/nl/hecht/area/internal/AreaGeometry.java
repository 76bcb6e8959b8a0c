package nl.hecht.area.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


/**
 * The outline of an area: a GeoJSON geometry (Polygon or MultiPolygon) in WGS84, a representative point that lies
 * inside it (for labels and markers) and its bounding box. Written by the map import, which replaces changed outlines
 * as a whole; the content hash lets a re-import see what changed without reading the stored outlines.
 */
@Entity
@Table(name = "area_geometry")
public class AreaGeometry {

    @Id
    @Column(name = "area_code")
    private String areaCode;

    /** {@code text} in the database: a plain string column on PostgreSQL and H2 alike, without a length limit. */
    @Column(name = "geojson", nullable = false)
    private String geoJson;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(name = "point_latitude", nullable = false)
    private double pointLatitude;

    @Column(name = "point_longitude", nullable = false)
    private double pointLongitude;

    @Column(name = "min_latitude", nullable = false)
    private double minLatitude;

    @Column(name = "min_longitude", nullable = false)
    private double minLongitude;

    @Column(name = "max_latitude", nullable = false)
    private double maxLatitude;

    @Column(name = "max_longitude", nullable = false)
    private double maxLongitude;

    @Column(name = "vertex_count", nullable = false)
    private int vertexCount;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AreaGeometry() {
    }

    AreaGeometry(AreaShape shape, Instant now) {
        this.areaCode = shape.code();
        this.geoJson = shape.geoJson();
        this.contentHash = shape.contentHash();
        this.pointLatitude = shape.point().getY();
        this.pointLongitude = shape.point().getX();
        this.minLatitude = shape.geometry().getEnvelopeInternal().getMinY();
        this.minLongitude = shape.geometry().getEnvelopeInternal().getMinX();
        this.maxLatitude = shape.geometry().getEnvelopeInternal().getMaxY();
        this.maxLongitude = shape.geometry().getEnvelopeInternal().getMaxX();
        this.vertexCount = shape.geometry().getNumPoints();
        this.updatedAt = now;
    }

    public String areaCode() {
        return areaCode;
    }

    public String geoJson() {
        return geoJson;
    }

    public String contentHash() {
        return contentHash;
    }

    public double pointLatitude() {
        return pointLatitude;
    }

    public double pointLongitude() {
        return pointLongitude;
    }
}
