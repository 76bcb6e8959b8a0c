package nl.hecht.directory.internal.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import nl.hecht.directory.internal.EntryAccess;
import nl.hecht.directory.internal.EntryScope;
import nl.hecht.directory.internal.exchange.ExchangeData.ReadResult;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.jobs.ImportProblem;
import nl.hecht.shared.jobs.ImportProgress;
import nl.hecht.shared.jobs.JobRecords;
import nl.hecht.shared.jobs.JobRunner;
import nl.hecht.shared.jobs.UploadedFiles;

/**
 * Imports of the sociale kaart (R090, R236), one at a time on a background thread, their status and report in the
 * database (any node answers the progress poll). An upload is checked at once for size, encoding (UTF-8) and type
 * (CSV with the documented header, or JSON), then queued. The import reads the WHOLE file and checks it; only when
 * there is no problem at all does it apply everything, in one transaction: an import that fails changes nothing.
 * RESV staff import into the part of their regions only ({@link EntryScope}): a record that would change an
 * organisation, location or entry outside it, or add one that lies outside it, is a problem on its line.
 */
@Service
public class DirectoryImports implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DirectoryImports.class);
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(300);

    private final DirectoryImporter importer;
    private final EntryAccess scopes;
    private final DirectoryImportRunRepository runs;
    private final JobRecords<DirectoryImportRun> records;
    private final TransactionTemplate applying;
    private final Clock clock;
    private final long maxBytes;
    private final JobRunner runner = new JobRunner("directory-import");

    DirectoryImports(DirectoryImporter importer, EntryAccess scopes, DirectoryImportRunRepository runs,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${hecht.directory.import.max-size:20MB}") DataSize maxSize) {
        this.importer = importer;
        this.scopes = scopes;
        this.runs = runs;
        this.records = new JobRecords<>(runs, transactions, clock);
        this.applying = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    /** The largest file accepted, in megabytes (for the page). */
    long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    /**
     * Checks and queues an upload by an administrator (the whole sociale kaart) or RESV staff (their regions' part),
     * whom {@link DirectoryExchange} has let through; returns the id of the import. The import deletes the file it
     * stores.
     */
    UUID start(String fileName, InputStream content, CurrentUser user) {
        EntryScope scope = scopes.scopeOf(user);
        Path file = store(content);
        ImportFormat format;
        try {
            format = precheck(file);
        } catch (RuntimeException e) {
            UploadedFiles.delete(file);
            throw e;
        }
        return submit(format, fileName, file, user.id(), scope, true).id();
    }

    /** Imports a file from disk into the whole sociale kaart and waits for the report (command line, tests). */
    public DirectoryImportJob importFile(Path file, AccountId by) {
        return importFile(file, by, EntryScope.WHOLE);
    }

    /** Imports a file from disk as the person would upload it, and waits for the report (tests). */
    DirectoryImportJob importFileAs(Path file, CurrentUser user) {
        return importFile(file, user.id(), scopes.scopeOf(user));
    }

    private DirectoryImportJob importFile(Path file, AccountId by, EntryScope scope) {
        ImportFormat format = precheck(file);
        Submitted submitted = submit(format, file.getFileName().toString(), file, by, scope, false);
        JobRunner.await(submitted.id(), submitted.done());
        return records.read(submitted.id(), (run, now) -> run.view(now, true));
    }

    @Transactional(readOnly = true)
    Optional<DirectoryImportJob> job(UUID id) {
        return runs.findById(id).map(run -> run.view(clock.instant(), true));
    }

    @Transactional(readOnly = true)
    List<DirectoryImportJob> recent(int limit) {
        return runs.findAllByOrderByStartedAtDesc(Limit.of(limit)).stream()
                .map(run -> run.view(clock.instant(), false)).toList();
    }

    // ------------------------------------------------------------------------------------------ the upload

    private Path store(InputStream content) {
        Path file = null;
        try {
            file = Files.createTempFile("hecht-directory-import-", ".upload");
            try (InputStream limited = content; var out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int read;
                while ((read = limited.read(buffer)) >= 0) {
                    total += read;
                    if (total > maxBytes) {
                        throw new DomainException("directory.import.file.too-large", maxMegabytes());
                    }
                    out.write(buffer, 0, read);
                }
            }
            return file;
        } catch (IOException e) {
            UploadedFiles.delete(file);
            throw new DomainException("directory.import.file.unreadable");
        } catch (RuntimeException e) {
            UploadedFiles.delete(file);
            throw e;
        }
    }

    /** Size, encoding and type, before anything is queued. */
    ImportFormat precheck(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > maxBytes) {
                throw new DomainException("directory.import.file.too-large", maxMegabytes());
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DomainException("directory.import.file.unreadable");
        }
        return detect(bytes);
    }

    static ImportFormat detect(byte[] bytes) {
        if (bytes.length == 0) {
            throw new DomainException("directory.import.file.empty");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new DomainException("directory.import.file.encoding");
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw new DomainException("directory.import.file.spreadsheet");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DomainException("directory.import.file.encoding");
        }
        if (text.indexOf('\0') >= 0) {
            throw new DomainException("directory.import.file.type");
        }
        String start = text.replace(String.valueOf(DirectoryCsv.BOM), "").stripLeading();
        if (start.startsWith("[") || start.startsWith("{")) {
            return ImportFormat.JSON;
        }
        String header = start.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        if (header.contains("organisation_name")) {
            return ImportFormat.CSV;
        }
        throw new DomainException("directory.import.file.type");
    }

    static char delimiter(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            String header = lines.findFirst().orElse("");
            long semicolons = header.chars().filter(c -> c == ';').count();
            long commas = header.chars().filter(c -> c == ',').count();
            return semicolons >= commas ? ';' : ',';
        }
    }

    // ------------------------------------------------------------------------------------------ the run

    private record Submitted(UUID id, Future<?> done) {
    }

    private Submitted submit(ImportFormat format, String fileName, Path file, AccountId by, EntryScope scope,
            boolean deleteAfter) {
        UUID id = records.open(now -> new DirectoryImportRun(format, UploadedFiles.cleanName(fileName), by, now)).id();
        try {
            return new Submitted(id, runner.submit(() -> execute(id, format, file, by, scope, deleteAfter)));
        } catch (RejectedExecutionException e) {
            finish(id, ImportStatus.FAILED, 0, null, List.of(), "directory.import.busy");
            if (deleteAfter) {
                UploadedFiles.delete(file);
            }
            throw new DomainException("directory.import.busy");
        }
    }

    private Void execute(UUID id, ImportFormat format, Path file, AccountId by, EntryScope scope,
            boolean deleteAfter) {
        ImportProgress<DirectoryImportPhase> progress = records.progress(id, PROGRESS_INTERVAL)::report;
        ReadResult read = null;
        try {
            read = read(file, format, progress);
            ReadResult whole = read;
            DirectoryImporter.Counts counts = applying.execute(status -> {
                List<ImportProblem> problems = new ArrayList<>(whole.problems());
                problems.addAll(importer.check(whole.organisations(), scope, progress));
                if (!problems.isEmpty()) {
                    status.setRollbackOnly();
                    problems.sort(ImportProblem.IN_FILE_ORDER);
                    log.info("Directory import {} rejected: {} problems", id, problems.size());
                    finish(id, ImportStatus.REJECTED, whole.recordsRead(), null, problems, null);
                    return null;
                }
                return importer.apply(whole.organisations(), by, progress);
            });
            if (counts != null) {
                log.info("Directory import {} done: {} created, {} updated, {} unchanged", id, counts.created(),
                        counts.updated(), counts.unchanged());
                finish(id, ImportStatus.SUCCEEDED, read.recordsRead(), counts, List.of(), null);
            }
        } catch (DomainException e) {
            log.info("Directory import {} refused while writing: {}", id, e.messageKey());
            finish(id, ImportStatus.REJECTED, read == null ? 0 : read.recordsRead(), null,
                    List.of(ExchangeProblems.at(null, e.messageKey(), e.arguments())), null);
        } catch (RuntimeException e) {
            log.error("Directory import {} failed", id, e);
            finish(id, ImportStatus.FAILED, read == null ? 0 : read.recordsRead(), null, List.of(),
                    "directory.import.failed.write");
        } finally {
            if (deleteAfter) {
                UploadedFiles.delete(file);
            }
        }
        return null;
    }

    private static ReadResult read(Path file, ImportFormat format, ImportProgress<DirectoryImportPhase> progress) {
        try {
            long size = Files.size(file);
            try (InputStream in = new Counting(Files.newInputStream(file), size, progress)) {
                if (format == ImportFormat.JSON) {
                    return HsdsJsonReader.read(in);
                }
                char delimiter = delimiter(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                return DirectoryCsv.read(skipBom(reader), delimiter);
            }
        } catch (IOException e) {
            return new ReadResult(List.of(), List.of(ExchangeProblems.at(null, "directory.import.file.unreadable")), 0);
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first >= 0 && first != DirectoryCsv.BOM) {
            pushback.unread(first);
        }
        return pushback;
    }

    private void finish(UUID id, ImportStatus outcome, int recordsRead, DirectoryImporter.Counts counts,
            List<ImportProblem> problems, String error) {
        records.update(id, (run, now) -> run.finish(outcome, recordsRead, counts, problems, error, now));
    }

    @Override
    public void destroy() {
        runner.close();
    }

    /** Reports the bytes read as the progress of reading. */
    private static final class Counting extends FilterInputStream {

        private final long size;
        private final ImportProgress<DirectoryImportPhase> progress;
        private long read;

        Counting(InputStream in, long size, ImportProgress<DirectoryImportPhase> progress) {
            super(in);
            this.size = size;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(int n) {
            read += n;
            progress.report(DirectoryImportPhase.READING, read, size);
        }
    }
}
