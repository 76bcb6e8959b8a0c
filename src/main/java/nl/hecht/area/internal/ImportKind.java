package nl.hecht.area.internal;

/** What an import reads: the CBS key figures CSV or the wijk- en buurtkaart as GeoJSON. */
public enum ImportKind {
    CBS_CSV, GEOJSON
}
