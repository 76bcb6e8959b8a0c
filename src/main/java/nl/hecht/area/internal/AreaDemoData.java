package nl.hecht.area.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.hecht.shared.demo.DemoData;

/**
 * The geography of Regio Voorbeeld in demo mode: {@link DemoGeography} writes the CBS files to a temporary folder and
 * the real importer reads them, as an administrator would. Skipped when the region is already there.
 */
@Component
class AreaDemoData implements DemoData {

    /** A neighbourhood whose figures and outline show that the demo import ran to the end. */
    private static final String LAST_NEIGHBOURHOOD = "BU99020406";

    private final AreaImports imports;
    private final AreaKeyFiguresRepository figures;
    private final AreaGeometryRepository geometries;

    AreaDemoData(AreaImports imports, AreaKeyFiguresRepository figures, AreaGeometryRepository geometries) {
        this.imports = imports;
        this.figures = figures;
        this.geometries = geometries;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        if (figures.existsById(new AreaKeyFiguresId(LAST_NEIGHBOURHOOD, DemoGeography.YEAR))
                && geometries.existsById(LAST_NEIGHBOURHOOD)) {
            return;
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("hecht-demo-geography-");
            List<Path> files = DemoGeography.regioVoorbeeld().writeTo(folder);
            require(imports.importCbs(files.get(0), DemoGeography.YEAR));
            require(imports.importMap(files.get(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void require(ImportReport report) {
        if (report.status() != ImportStatus.SUCCEEDED) {
            throw new IllegalStateException("demo geography import failed: " + report.errorKey() + " "
                    + report.rejected());
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A temporary folder; the operating system cleans it up.
        }
    }
}
