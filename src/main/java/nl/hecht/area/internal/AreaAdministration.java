package nl.hecht.area.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;

import nl.hecht.shared.DomainException;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/**
 * What administrators do with CBS areas: see what is there, upload key figures and maps (checked for the obvious at
 * once, then imported in the background by {@link AreaImports}) and follow an import.
 */
@ApplicationService
public class AreaAdministration {

    private static final int HISTORY = 10;

    /** The overview page: how many areas of each level, the last imports, the year a new file most likely has. */
    public record Overview(AreaOverview.Summary summary, List<ImportJob> history, int likelyYear) {
    }

    private final AreaImports imports;
    private final AreaOverview overview;

    AreaAdministration(AreaImports imports, AreaOverview overview) {
        this.imports = imports;
        this.overview = overview;
    }

    @UseCase(policy = AreaPolicies.ADMINISTER_AREAS)
    public Overview overview() {
        return new Overview(overview.summary(), imports.recent(HISTORY), imports.likelyYear());
    }

    /** Checks and queues an uploaded key figures CSV; returns the id of the import. No file reads as an empty one. */
    @UseCase(policy = AreaPolicies.ADMINISTER_AREAS)
    public UUID startCbsImport(@Nullable InputStreamSource file, @Nullable String fileName, int year) {
        try (InputStream content = open(file)) {
            return imports.startCbsImport(fileName, content, year);
        } catch (IOException e) {
            throw new DomainException("area.import.file.unreadable");
        }
    }

    /** Checks and queues an uploaded map (GeoJSON); returns the id of the import. No file reads as an empty one. */
    @UseCase(policy = AreaPolicies.ADMINISTER_AREAS)
    public UUID startMapImport(@Nullable InputStreamSource file, @Nullable String fileName) {
        try (InputStream content = open(file)) {
            return imports.startMapImport(fileName, content);
        } catch (IOException e) {
            throw new DomainException("area.import.file.unreadable");
        }
    }

    /** One import with its progress and report; an unknown one is not found. */
    @UseCase(policy = AreaPolicies.ADMINISTER_AREAS)
    public ImportJob job(UUID id) {
        return imports.job(id).orElseThrow(NotFoundException::new);
    }

    private static InputStream open(@Nullable InputStreamSource file) throws IOException {
        if (file == null) {
            throw new DomainException("area.import.file.empty");
        }
        return file.getInputStream();
    }
}
