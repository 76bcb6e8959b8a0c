package nl.hecht.area.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.shared.DomainException;
import nl.hecht.shared.jobs.ImportProgress;
import nl.hecht.shared.jobs.JobRecords;
import nl.hecht.shared.jobs.JobRunner;
import nl.hecht.shared.jobs.UploadedFiles;

/**
 * Runs imports of CBS files one at a time on a background thread and keeps their status and reports in the
 * database (see {@link AreaImportRun}). Uploads are checked for the obvious mistakes at once, then copied to a
 * temporary file and queued; the page polls {@link #job(UUID)}. The command line and demo mode use the same queue
 * and wait for the result.
 */
@Service
public class AreaImports implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AreaImports.class);
    private static final int PRECHECK_BYTES = 64 * 1024;
    private static final int FIRST_YEAR = 1990;
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(400);

    private final AreaImporter importer;
    private final AreaImportRunRepository runs;
    private final JobRecords<AreaImportRun> records;
    private final Clock clock;
    private final JobRunner runner = new JobRunner("area-import");

    AreaImports(AreaImporter importer, AreaImportRunRepository runs, PlatformTransactionManager transactions,
            Clock clock) {
        this.importer = importer;
        this.runs = runs;
        this.records = new JobRecords<>(runs, transactions, clock);
        this.clock = clock;
    }

    /** Checks and queues an uploaded key figures CSV for the given year; returns the id of the import. */
    public UUID startCbsImport(String fileName, InputStream content, int year) {
        checkYear(year);
        Path file = store(content, CbsCsvReader::precheck);
        return submit(ImportKind.CBS_CSV, fileName, year, file, true).id();
    }

    /** Checks and queues an uploaded map (GeoJSON); returns the id of the import. */
    public UUID startMapImport(String fileName, InputStream content) {
        Path file = store(content, GeoJsonAreaReader::precheck);
        return submit(ImportKind.GEOJSON, fileName, null, file, true).id();
    }

    /** Imports a key figures CSV from disk and waits for the report (command line, demo mode). */
    public ImportReport importCbs(Path file, int year) {
        checkYear(year);
        return await(submit(ImportKind.CBS_CSV, file.getFileName().toString(), year, file, false));
    }

    /** Imports a map from disk and waits for the report (command line, demo mode). */
    public ImportReport importMap(Path file) {
        return await(submit(ImportKind.GEOJSON, file.getFileName().toString(), null, file, false));
    }

    @Transactional(readOnly = true)
    public Optional<ImportJob> job(UUID id) {
        return runs.findById(id).map(run -> view(run, true));
    }

    @Transactional(readOnly = true)
    public List<ImportJob> recent(int limit) {
        return runs.findAllByOrderByStartedAtDesc(Limit.of(limit)).stream().map(run -> view(run, false)).toList();
    }

    /** The year a new key figures file most likely has: CBS publishes a year's figures in the course of the next. */
    public int likelyYear() {
        return clock.instant().atZone(ZoneOffset.UTC).getYear() - 1;
    }

    private ImportJob view(AreaImportRun run, boolean withReport) {
        Instant now = clock.instant();
        return new ImportJob(run.id(), run.kind(), run.fileName(), run.year(), run.effectiveStatus(now), run.phase(),
                run.percent(now), run.startedAt(), run.finishedAt(), run.rowsRead(), run.createdCount(),
                run.updatedCount(), run.unchangedCount(), run.rejectedCount(), withReport ? run.report(now) : null);
    }

    private void checkYear(int year) {
        int last = clock.instant().atZone(ZoneOffset.UTC).getYear() + 1;
        if (year < FIRST_YEAR || year > last) {
            throw new DomainException("area.import.year-out-of-range", FIRST_YEAR, last);
        }
    }

    /** Copies an upload to a temporary file after checking its start; the import deletes the file. */
    private static Path store(InputStream content, Consumer<byte[]> precheck) {
        Path file = null;
        try {
            file = Files.createTempFile("hecht-area-import-", ".upload");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(PRECHECK_BYTES);
            }
            precheck.accept(head);
            return file;
        } catch (IOException e) {
            UploadedFiles.delete(file);
            throw new DomainException("area.import.file.unreadable");
        } catch (RuntimeException e) {
            UploadedFiles.delete(file);
            throw e;
        }
    }

    private record Submitted(UUID id, Future<ImportReport> report) {
    }

    private Submitted submit(ImportKind kind, String fileName, Integer year, Path file, boolean deleteAfter) {
        UUID id = records.open(now -> AreaImportRun.queued(kind, UploadedFiles.cleanName(fileName), year, now)).id();
        try {
            return new Submitted(id, runner.submit(() -> execute(id, kind, year, file, deleteAfter)));
        } catch (RejectedExecutionException e) {
            finish(id, ImportReport.refused(kind, "area.import.busy", List.of()));
            if (deleteAfter) {
                UploadedFiles.delete(file);
            }
            throw new DomainException("area.import.busy");
        }
    }

    private ImportReport execute(UUID id, ImportKind kind, Integer year, Path file, boolean deleteAfter) {
        ImportReport report;
        try {
            ImportProgress<AreaImportPhase> progress = records.progress(id, PROGRESS_INTERVAL)::report;
            report = kind == ImportKind.CBS_CSV ? importer.importCbs(file, year, progress)
                    : importer.importGeoJson(file, progress);
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            report = ImportReport.refused(kind, "area.import.failed.write", List.of());
        } finally {
            if (deleteAfter) {
                UploadedFiles.delete(file);
            }
        }
        finish(id, report);
        return report;
    }

    private void finish(UUID id, ImportReport report) {
        records.update(id, (run, now) -> run.finish(report, now));
    }

    private static ImportReport await(Submitted submitted) {
        return JobRunner.await(submitted.id(), submitted.report());
    }

    @Override
    public void destroy() {
        runner.close();
    }
}
