package nl.hecht.area.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import nl.hecht.shared.DomainException;

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
    private static final int MAX_FILE_NAME = 255;
    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(400);

    private final AreaImporter importer;
    private final AreaImportRunRepository runs;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(8), task -> {
                Thread thread = new Thread(task, "area-import");
                thread.setDaemon(true);
                return thread;
            });

    AreaImports(AreaImporter importer, AreaImportRunRepository runs, PlatformTransactionManager transactions,
            Clock clock) {
        this.importer = importer;
        this.runs = runs;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
        ImportStatus status = run.effectiveStatus(now);
        int percent = status.finished() ? 100 : run.phase().percent(run.progressDone(), run.progressTotal());
        return new ImportJob(run.id(), run.kind(), run.fileName(), run.year(), status, run.phase(), percent,
                run.startedAt(), run.finishedAt(), run.rowsRead(), run.createdCount(), run.updatedCount(),
                run.unchangedCount(), run.rejectedCount(), withReport ? run.report(now) : null);
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
            delete(file);
            throw new DomainException("area.import.file.unreadable");
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private record Submitted(UUID id, Future<ImportReport> report) {
    }

    private Submitted submit(ImportKind kind, String fileName, Integer year, Path file, boolean deleteAfter) {
        AreaImportRun run = separately.execute(status -> runs.save(
                AreaImportRun.queued(kind, cleanFileName(fileName), year, clock.instant())));
        UUID id = run.id();
        try {
            return new Submitted(id, executor.submit(() -> execute(id, kind, year, file, deleteAfter)));
        } catch (RejectedExecutionException e) {
            finish(id, ImportReport.refused(kind, "area.import.busy", List.of()));
            if (deleteAfter) {
                delete(file);
            }
            throw new DomainException("area.import.busy");
        }
    }

    private ImportReport execute(UUID id, ImportKind kind, Integer year, Path file, boolean deleteAfter) {
        ImportReport report;
        try {
            ProgressRecorder progress = new ProgressRecorder(id);
            report = kind == ImportKind.CBS_CSV ? importer.importCbs(file, year, progress)
                    : importer.importGeoJson(file, progress);
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            report = ImportReport.refused(kind, "area.import.failed.write", List.of());
        } finally {
            if (deleteAfter) {
                delete(file);
            }
        }
        finish(id, report);
        return report;
    }

    private void finish(UUID id, ImportReport report) {
        separately.executeWithoutResult(
                status -> runs.findById(id).ifPresent(run -> run.finish(report, clock.instant())));
    }

    private static ImportReport await(Submitted submitted) {
        try {
            return submitted.report().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for import " + submitted.id(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("import " + submitted.id() + " failed", e.getCause());
        }
    }

    /** The name the browser gives, without any folder, within the column's length. */
    private static String cleanFileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .strip();
        return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete temporary import file {}", file);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** Writes progress in its own transaction (outside the import's), at most a few times a second. */
    private final class ProgressRecorder implements ImportProgress {

        private final UUID id;
        private ImportPhase lastPhase;
        private long lastWrite;

        ProgressRecorder(UUID id) {
            this.id = id;
        }

        @Override
        public void report(ImportPhase phase, long done, long total) {
            long now = System.nanoTime();
            if (phase == lastPhase && now - lastWrite < PROGRESS_INTERVAL_NANOS) {
                return;
            }
            lastPhase = phase;
            lastWrite = now;
            separately.executeWithoutResult(status -> runs.findById(id)
                    .ifPresent(run -> run.progress(phase, done, total, clock.instant())));
        }
    }
}
