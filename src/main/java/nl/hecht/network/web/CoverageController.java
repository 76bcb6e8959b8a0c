package nl.hecht.network.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.coverage.CoverageStatus;
import nl.hecht.network.internal.view.CoverageViews;
import nl.hecht.network.internal.view.CoverageViews.RegionCoverage;
import nl.hecht.network.internal.view.NetworkCommands;
import nl.hecht.shared.web.FormSubmission;

/** The RESV's view of its region: the 2030 headline and the findings, as a table, a CSV file and on a map. */
@Controller
class CoverageController {

    static final String REGIONS_VIEW = "network/regions";
    static final String COVERAGE_VIEW = "network/coverage";

    private final CoverageViews views;
    private final NetworkCommands commands;
    private final MessageSource messages;

    private final String tileUrl;

    CoverageController(CoverageViews views, NetworkCommands commands, MessageSource messages,
            @Value("${hecht.map.tile-url:}") String tileUrl) {
        this.views = views;
        this.commands = commands;
        this.messages = messages;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/regions")
    String regions(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("regions", views.managedRegions(user));
        return REGIONS_VIEW;
    }

    @GetMapping("/regions/{id}/coverage")
    String coverage(@AuthenticationPrincipal CurrentUser user, @PathVariable RegionId id, Model model) {
        RegionCoverage coverage = views.coverage(user, id);
        model.addAttribute("region", coverage.region());
        model.addAttribute("report", coverage.report());
        model.addAttribute("coverageStatuses", CoverageStatus.values());
        model.addAttribute("tileUrl", tileUrl);
        if (!model.containsAttribute("sizeAdviceForm")) {
            model.addAttribute("sizeAdviceForm", new SizeAdviceForm(coverage.region().minInhabitants(),
                    coverage.region().maxInhabitants(), coverage.region().warnTooLarge()));
        }
        return COVERAGE_VIEW;
    }

    @GetMapping(value = "/regions/{id}/coverage.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable RegionId id, Locale locale) {
        RegionCoverage coverage = views.coverage(user, id);
        byte[] csv = CoverageCsv.write(coverage.report(), (key, args) -> messages.getMessage(key, args, locale));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dekking.csv\"")
                .body(csv);
    }

    @PostMapping("/regions/{id}/size-advice")
    String adviseSize(@AuthenticationPrincipal CurrentUser user, @PathVariable RegionId id,
            @Validated @ModelAttribute("sizeAdviceForm") SizeAdviceForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.of(binding).submit(() -> {
            commands.adviseSize(user, id, form.sizeAdvice());
            redirect.addFlashAttribute("flashMessage", "region.size-advice.saved");
            return "redirect:/regions/" + id + "/coverage";
        }, () -> coverage(user, id, model));
    }
}
