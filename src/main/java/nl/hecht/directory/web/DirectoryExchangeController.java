package nl.hecht.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import nl.hecht.directory.SocialMap;
import nl.hecht.directory.Vocabulary;
import nl.hecht.directory.internal.exchange.DirectoryCsv;
import nl.hecht.directory.internal.exchange.DirectoryExport;
import nl.hecht.directory.internal.exchange.DirectoryImportJob;
import nl.hecht.directory.internal.exchange.DirectoryImports;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.web.DomainRefusals;

/**
 * Import and export of the whole sociale kaart for administrators and RESV staff (R090, R236): the export as HSDS
 * 3.0 JSON or CSV; the upload of either, checked at once for size, encoding and type, then imported in the
 * background while its page polls the progress and finally shows the report (problems with their line or record).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'RESV_STAFF')")
class DirectoryExchangeController {

    static final String IMPORT_VIEW = "directory/import";
    static final String JOB_VIEW = "directory/import-job";
    static final String JOB_STATUS = "directory/import-job :: status";
    private static final int HISTORY = 10;
    private static final Map<String, String> FIELDS = Map.of(
            "directory.import.file.empty", "file",
            "directory.import.file.too-large", "file",
            "directory.import.file.encoding", "file",
            "directory.import.file.type", "file",
            "directory.import.file.spreadsheet", "file",
            "directory.import.file.unreadable", "file");

    private final DirectoryImports imports;
    private final DirectoryExport export;
    private final SocialMap socialMap;

    DirectoryExchangeController(DirectoryImports imports, DirectoryExport export, SocialMap socialMap) {
        this.socialMap = socialMap;
        this.imports = imports;
        this.export = export;
    }

    @GetMapping("/directory/import")
    String importPage(Model model) {
        return importPage(new ImportUploadForm(null), model);
    }

    @PostMapping("/directory/import")
    String upload(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("uploadForm") ImportUploadForm form,
            BindingResult binding, Model model) {
        try (InputStream content = open(form)) {
            UUID id = imports.start(form.file().getOriginalFilename(), content, user);
            return "redirect:/directory/import/" + id;
        } catch (DomainException refused) {
            DomainRefusals.reject(binding, refused, FIELDS);
        } catch (IOException e) {
            DomainRefusals.reject(binding, new DomainException("directory.import.file.unreadable"), FIELDS);
        }
        return importPage(form, model);
    }

    @GetMapping("/directory/import/{id}")
    String job(@PathVariable String id, Model model) {
        model.addAttribute("job", find(id));
        return JOB_VIEW;
    }

    /** The part of the import page that htmx polls every second while the import runs. */
    @GetMapping("/directory/import/{id}/status")
    String jobStatus(@PathVariable String id, Model model) {
        model.addAttribute("job", find(id));
        return JOB_STATUS;
    }

    @GetMapping("/directory/export.json")
    ResponseEntity<byte[]> exportJson(@AuthenticationPrincipal CurrentUser user) {
        return download(export.hsdsJson(user), "sociale-kaart-hsds.json", MediaType.APPLICATION_JSON);
    }

    @GetMapping("/directory/export.csv")
    ResponseEntity<byte[]> exportCsv(@AuthenticationPrincipal CurrentUser user) {
        return download(export.csv(user), "sociale-kaart.csv", new MediaType("text", "csv",
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @ExceptionHandler(ImportNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("errorKind", "404");
        return "error";
    }

    private String importPage(ImportUploadForm form, Model model) {
        model.addAttribute("uploadForm", form);
        model.addAttribute("history", imports.recent(HISTORY));
        model.addAttribute("maxMegabytes", imports.maxMegabytes());
        model.addAttribute("csvColumns", DirectoryCsv.COLUMNS);
        model.addAttribute("categories", socialMap.terms(Vocabulary.CATEGORY));
        model.addAttribute("targetGroups", socialMap.terms(Vocabulary.TARGET_GROUP));
        return IMPORT_VIEW;
    }

    private DirectoryImportJob find(String id) {
        try {
            return imports.job(UUID.fromString(id)).orElseThrow(ImportNotFoundException::new);
        } catch (IllegalArgumentException e) {
            throw new ImportNotFoundException();
        }
    }

    private static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    /** No file chosen reads as an empty file, which the import refuses with its own message. */
    private static InputStream open(ImportUploadForm form) throws IOException {
        if (form.file() == null) {
            throw new DomainException("directory.import.file.empty");
        }
        return form.file().getInputStream();
    }

    /** An unknown import: 404. */
    static class ImportNotFoundException extends RuntimeException {
        ImportNotFoundException() {
            super(null, null, false, false);
        }
    }
}
