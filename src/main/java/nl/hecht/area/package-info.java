/**
 * CBS areas: municipalities, districts (wijken) and neighbourhoods (buurten), their key figures per year, their
 * geometry (GeoJSON, WGS84) and which neighbourhoods border each other; the import of CBS files. Its API is
 * {@link nl.hecht.area.Areas} with the value types beside it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Area", allowedDependencies = "shared")
package nl.hecht.area;
