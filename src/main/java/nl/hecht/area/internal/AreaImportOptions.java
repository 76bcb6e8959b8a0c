package nl.hecht.area.internal;

import java.util.List;

import nl.hecht.shared.jobs.ImportCommand;

/**
 * The options that ask for a command-line CBS import ({@link AreaImportCommand}). Listed in
 * {@code META-INF/spring.factories}.
 */
public final class AreaImportOptions implements ImportCommand.Options {

    static final String CBS = "hecht.import.cbs";
    static final String YEAR = "hecht.import.year";
    static final String GEOJSON = "hecht.import.geojson";

    @Override
    public List<String> names() {
        return List.of(CBS, GEOJSON);
    }
}
