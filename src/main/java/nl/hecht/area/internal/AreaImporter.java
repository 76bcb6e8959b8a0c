package nl.hecht.area.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.hecht.area.internal.CbsCsvReader.CbsCsvFile;
import nl.hecht.area.internal.GeoJsonAreaReader.GeoJsonFile;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.jobs.ImportProgress;

/**
 * The importer of CBS files, the same for the admin upload, the command line and demo mode: read and check the whole
 * file; when any line is rejected, stop and change nothing; otherwise write everything in one transaction.
 */
@Component
class AreaImporter {

    private static final Logger log = LoggerFactory.getLogger(AreaImporter.class);

    private final AreaImportWriter writer;

    AreaImporter(AreaImportWriter writer) {
        this.writer = writer;
    }

    ImportReport importCbs(Path file, int year, ImportProgress<AreaImportPhase> progress) {
        try {
            progress.report(AreaImportPhase.READING, 0, 1);
            CbsCsvFile read = CbsCsvReader.read(Files.readAllBytes(file), year, progress);
            if (read.problems().hasRejections()) {
                return ImportReport.rejected(ImportKind.CBS_CSV, read.rowsRead(), read.unknownColumns(),
                        read.problems());
            }
            WriteCounts counts = writer.writeFigures(read, year, progress);
            log.info("CBS key figures {} imported: {} rows, {} new, {} updated, {} unchanged", year,
                    read.rowsRead(), counts.created(), counts.updated(), counts.unchanged());
            return ImportReport.succeeded(ImportKind.CBS_CSV, read.rowsRead(), counts, read.unknownColumns(),
                    read.problems());
        } catch (DomainException refused) {
            return refused(ImportKind.CBS_CSV, refused);
        } catch (IOException | RuntimeException e) {
            log.error("CBS key figures import failed; nothing was changed", e);
            return ImportReport.refused(ImportKind.CBS_CSV, "area.import.failed.write", List.of());
        }
    }

    ImportReport importGeoJson(Path file, ImportProgress<AreaImportPhase> progress) {
        try {
            progress.report(AreaImportPhase.READING, 0, 1);
            GeoJsonFile read = GeoJsonAreaReader.read(file, progress);
            if (read.problems().hasRejections()) {
                return ImportReport.rejected(ImportKind.GEOJSON, read.featuresRead(), List.of(), read.problems());
            }
            WriteCounts counts = writer.writeShapes(read, progress);
            log.info("Map imported ({}): {} features, {} new, {} updated, {} unchanged", read.crs(),
                    read.featuresRead(), counts.created(), counts.updated(), counts.unchanged());
            return ImportReport.succeeded(ImportKind.GEOJSON, read.featuresRead(), counts, List.of(),
                    read.problems());
        } catch (DomainException refused) {
            return refused(ImportKind.GEOJSON, refused);
        } catch (RuntimeException e) {
            log.error("Map import failed; nothing was changed", e);
            return ImportReport.refused(ImportKind.GEOJSON, "area.import.failed.write", List.of());
        }
    }

    private static ImportReport refused(ImportKind kind, DomainException refused) {
        return ImportReport.refused(kind, refused.messageKey(),
                Arrays.stream(refused.arguments()).map(String::valueOf).toList());
    }
}
