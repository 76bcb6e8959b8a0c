package nl.hecht.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import nl.hecht.directory.internal.exchange.DirectoryExchange;
import nl.hecht.directory.internal.exchange.DirectoryExchange.ImportPage;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.web.FormSubmission;

/**
 * Import and export of the whole sociale kaart for administrators and RESV staff (R090, R236): the export as HSDS
 * 3.0 JSON or CSV; the upload of either, checked at once for size, encoding and type, then imported in the
 * background while its page polls the progress and finally shows the report (problems with their line or record).
 */
@Controller
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

    private final DirectoryExchange exchange;

    DirectoryExchangeController(DirectoryExchange exchange) {
        this.exchange = exchange;
    }

    @GetMapping("/directory/import")
    String importPage(@AuthenticationPrincipal CurrentUser user, Model model) {
        return importPage(user, new ImportUploadForm(null), model);
    }

    @PostMapping("/directory/import")
    String upload(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("uploadForm") ImportUploadForm form,
            BindingResult binding, Model model) {
        return FormSubmission.of(binding).fields(FIELDS).submit(() -> {
            try (InputStream content = open(form)) {
                return "redirect:/directory/import/" + exchange.startImport(user, form.file().getOriginalFilename(),
                        content);
            } catch (IOException e) {
                throw new DomainException("directory.import.file.unreadable");
            }
        }, () -> importPage(user, form, model));
    }

    @GetMapping("/directory/import/{id}")
    String job(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("job", exchange.job(user, id));
        return JOB_VIEW;
    }

    /** The part of the import page that htmx polls every second while the import runs. */
    @GetMapping("/directory/import/{id}/status")
    String jobStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("job", exchange.job(user, id));
        return JOB_STATUS;
    }

    @GetMapping("/directory/export.json")
    ResponseEntity<byte[]> exportJson(@AuthenticationPrincipal CurrentUser user) {
        return download(exchange.hsdsJson(user), "sociale-kaart-hsds.json", MediaType.APPLICATION_JSON);
    }

    @GetMapping("/directory/export.csv")
    ResponseEntity<byte[]> exportCsv(@AuthenticationPrincipal CurrentUser user) {
        return download(exchange.csv(user), "sociale-kaart.csv", new MediaType("text", "csv",
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private String importPage(CurrentUser user, ImportUploadForm form, Model model) {
        ImportPage page = exchange.importPage(user, HISTORY);
        model.addAttribute("uploadForm", form);
        model.addAttribute("history", page.history());
        model.addAttribute("maxMegabytes", page.maxMegabytes());
        model.addAttribute("csvColumns", page.csvColumns());
        model.addAttribute("categories", page.categories());
        model.addAttribute("targetGroups", page.targetGroups());
        return IMPORT_VIEW;
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
}
