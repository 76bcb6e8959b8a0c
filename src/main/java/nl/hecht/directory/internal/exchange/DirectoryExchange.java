package nl.hecht.directory.internal.exchange;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import nl.hecht.directory.SocialMap;
import nl.hecht.directory.TaxonomyTerm;
import nl.hecht.directory.Vocabulary;
import nl.hecht.directory.internal.DirectoryPolicyNames;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/**
 * Import and export of the sociale kaart as its pages use them (R090, R236): administrators the whole of it, RESV
 * staff their regions' part ({@link DirectoryImports}, {@link DirectoryExport}); anyone else is refused (403).
 */
@ApplicationService
public class DirectoryExchange {

    private final DirectoryImports imports;
    private final DirectoryExport export;
    private final SocialMap socialMap;

    DirectoryExchange(DirectoryImports imports, DirectoryExport export, SocialMap socialMap) {
        this.imports = imports;
        this.export = export;
        this.socialMap = socialMap;
    }

    /** The import page: the latest imports, the largest file accepted and what a CSV may contain. */
    @UseCase(policy = DirectoryPolicyNames.EXCHANGE_DIRECTORY)
    public ImportPage importPage(CurrentUser user, int history) {
        return new ImportPage(imports.recent(history), imports.maxMegabytes(), DirectoryCsv.COLUMNS,
                socialMap.terms(Vocabulary.CATEGORY), socialMap.terms(Vocabulary.TARGET_GROUP));
    }

    /** Checks and queues an upload; returns the id of the import (see {@link DirectoryImports}). */
    @UseCase(policy = DirectoryPolicyNames.EXCHANGE_DIRECTORY)
    public UUID startImport(CurrentUser user, String fileName, InputStream content) {
        return imports.start(fileName, content, user);
    }

    /** One import with its progress or report; an unknown one answers 404. */
    @UseCase(policy = DirectoryPolicyNames.EXCHANGE_DIRECTORY)
    public DirectoryImportJob job(CurrentUser user, UUID id) {
        return imports.job(id).orElseThrow(NotFoundException::new);
    }

    /** What the person may export as HSDS JSON: the whole for administrators, their regions' part for RESV staff. */
    @UseCase(policy = DirectoryPolicyNames.EXCHANGE_DIRECTORY)
    public byte[] hsdsJson(CurrentUser user) {
        return export.hsdsJson(user);
    }

    /** What the person may export as CSV: the whole for administrators, their regions' part for RESV staff. */
    @UseCase(policy = DirectoryPolicyNames.EXCHANGE_DIRECTORY)
    public byte[] csv(CurrentUser user) {
        return export.csv(user);
    }

    /** What the import page shows. */
    public record ImportPage(List<DirectoryImportJob> history, long maxMegabytes, List<String> csvColumns,
            List<TaxonomyTerm> categories, List<TaxonomyTerm> targetGroups) {
    }
}
