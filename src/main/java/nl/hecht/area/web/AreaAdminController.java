package nl.hecht.area.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import nl.hecht.area.internal.AreaImports;
import nl.hecht.area.internal.AreaOverview;
import nl.hecht.area.internal.ImportJob;
import nl.hecht.shared.DomainException;

/**
 * The administrator's page of CBS areas: what is there, and the uploads of key figures and maps. An upload is checked
 * for the obvious at once and then imported in the background; its page polls the progress and shows the report.
 */
@Controller
@RequestMapping("/admin/areas")
@PreAuthorize("hasRole('ADMIN')")
class AreaAdminController {

    static final String OVERVIEW = "area/admin-areas";
    static final String JOB = "area/import";
    static final String JOB_STATUS = "area/import :: status";
    private static final int HISTORY = 10;

    private final AreaImports imports;
    private final AreaOverview overview;

    AreaAdminController(AreaImports imports, AreaOverview overview) {
        this.imports = imports;
        this.overview = overview;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("cbsForm", new CbsUploadForm(null, imports.likelyYear()));
        model.addAttribute("mapForm", new MapUploadForm(null));
        return overviewPage(model);
    }

    @PostMapping("/cbs")
    String importCbs(@Valid @ModelAttribute("cbsForm") CbsUploadForm form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try (InputStream content = open(form.file())) {
                UUID id = imports.startCbsImport(form.file().getOriginalFilename(), content, form.year());
                return "redirect:/admin/areas/imports/" + id;
            } catch (DomainException refused) {
                reject(result, refused);
            } catch (IOException e) {
                reject(result, new DomainException("area.import.file.unreadable"));
            }
        }
        model.addAttribute("mapForm", new MapUploadForm(null));
        return overviewPage(model);
    }

    @PostMapping("/map")
    String importMap(@ModelAttribute("mapForm") MapUploadForm form, BindingResult result, Model model) {
        try (InputStream content = open(form.file())) {
            UUID id = imports.startMapImport(form.file().getOriginalFilename(), content);
            return "redirect:/admin/areas/imports/" + id;
        } catch (DomainException refused) {
            reject(result, refused);
        } catch (IOException e) {
            reject(result, new DomainException("area.import.file.unreadable"));
        }
        model.addAttribute("cbsForm", new CbsUploadForm(null, imports.likelyYear()));
        return overviewPage(model);
    }

    @GetMapping("/imports/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", find(id));
        return JOB;
    }

    /** The part of the import page that htmx polls every second while the import runs. */
    @GetMapping("/imports/{id}/status")
    String jobStatus(@PathVariable UUID id, Model model) {
        model.addAttribute("job", find(id));
        return JOB_STATUS;
    }

    private ImportJob find(UUID id) {
        return imports.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String overviewPage(Model model) {
        model.addAttribute("summary", overview.summary());
        model.addAttribute("history", imports.recent(HISTORY));
        return OVERVIEW;
    }

    /** No file chosen reads as an empty file, which the import refuses with its own message. */
    private static InputStream open(MultipartFile file) throws IOException {
        if (file == null) {
            throw new DomainException("area.import.file.empty");
        }
        return file.getInputStream();
    }

    private static void reject(BindingResult result, DomainException refused) {
        if (refused.messageKey().equals("area.import.year-out-of-range")) {
            result.rejectValue("year", refused.messageKey(), refused.arguments(), null);
        } else {
            result.rejectValue("file", refused.messageKey(), refused.arguments(), null);
        }
    }
}
