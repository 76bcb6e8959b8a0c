package nl.hecht.area.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;

import nl.hecht.area.internal.AreaAdministration;
import nl.hecht.shared.web.FormSubmission;

/**
 * The administrator's page of CBS areas: what is there, and the uploads of key figures and maps. An upload is checked
 * for the obvious at once and then imported in the background; its page polls the progress and shows the report.
 */
@Controller
@RequestMapping("/admin/areas")
class AreaAdminController {

    static final String OVERVIEW = "area/admin-areas";
    static final String JOB = "area/import";
    static final String JOB_STATUS = "area/import :: status";

    /** The year's refusal goes next to the year, every refusal of the file next to the file. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("area.import.year-out-of-range", "year"),
            Map.entry("area.import.busy", "file"),
            Map.entry("area.import.file.empty", "file"),
            Map.entry("area.import.file.unreadable", "file"),
            Map.entry("area.import.file.json-not-csv", "file"),
            Map.entry("area.import.file.malformed", "file"),
            Map.entry("area.import.file.no-code-column", "file"),
            Map.entry("area.import.file.no-rows", "file"),
            Map.entry("area.import.file.not-text", "file"),
            Map.entry("area.import.geojson.crs-mismatch", "file"),
            Map.entry("area.import.geojson.crs-undetected", "file"),
            Map.entry("area.import.geojson.crs-unknown", "file"),
            Map.entry("area.import.geojson.no-features", "file"),
            Map.entry("area.import.geojson.not-feature-collection", "file"),
            Map.entry("area.import.geojson.not-geojson", "file"),
            Map.entry("area.import.geojson.not-json", "file"));

    private final AreaAdministration areas;

    AreaAdminController(AreaAdministration areas) {
        this.areas = areas;
    }

    @GetMapping
    String overview(Model model) {
        AreaAdministration.Overview overview = areas.overview();
        model.addAttribute("cbsForm", new CbsUploadForm(null, overview.likelyYear()));
        model.addAttribute("mapForm", new MapUploadForm(null));
        return overviewPage(overview, model);
    }

    @PostMapping("/cbs")
    String importCbs(@Valid @ModelAttribute("cbsForm") CbsUploadForm form, BindingResult result, Model model) {
        return FormSubmission.of(result).fields(FIELDS)
                .submit(() -> jobPage(areas.startCbsImport(form.file(), fileName(form.file()), form.year())), () -> {
                    model.addAttribute("mapForm", new MapUploadForm(null));
                    return overviewPage(areas.overview(), model);
                });
    }

    @PostMapping("/map")
    String importMap(@ModelAttribute("mapForm") MapUploadForm form, BindingResult result, Model model) {
        return FormSubmission.of(result).fields(FIELDS)
                .submit(() -> jobPage(areas.startMapImport(form.file(), fileName(form.file()))), () -> {
                    AreaAdministration.Overview overview = areas.overview();
                    model.addAttribute("cbsForm", new CbsUploadForm(null, overview.likelyYear()));
                    return overviewPage(overview, model);
                });
    }

    @GetMapping("/imports/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", areas.job(id));
        return JOB;
    }

    /** The part of the import page that htmx polls every second while the import runs. */
    @GetMapping("/imports/{id}/status")
    String jobStatus(@PathVariable UUID id, Model model) {
        model.addAttribute("job", areas.job(id));
        return JOB_STATUS;
    }

    private static String jobPage(UUID id) {
        return "redirect:/admin/areas/imports/" + id;
    }

    private static String overviewPage(AreaAdministration.Overview overview, Model model) {
        model.addAttribute("summary", overview.summary());
        model.addAttribute("history", overview.history());
        return OVERVIEW;
    }

    private static String fileName(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }
}
