package nl.hecht.network.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
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

import nl.hecht.shared.web.FormSubmission;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.network.OrganisationalModel;
import nl.hecht.network.internal.view.CharterCommands;
import nl.hecht.network.internal.view.CharterEditor;
import nl.hecht.network.internal.view.CharterPage;
import nl.hecht.network.internal.view.CharterViews;
import nl.hecht.network.internal.view.NetworkCommands;
import nl.hecht.network.internal.view.NetworkSettings;
import nl.hecht.network.internal.view.NetworkViews;

/**
 * The network's coordinator, or RESV staff of its region, record its charter (R031, R038, R074, R075, R077–R081,
 * R144, questions A–D with structure) and how the social domain takes part (seed 003, R010, R011); whoever may see
 * the network reads the charter as a page and as a PDF.
 */
@Controller
class NetworkCharterController {

    static final String CHARTER_VIEW = "network/charter";
    static final String CHARTER_PAGE_VIEW = "network/charter-page";

    /** Where the domain's refusals of a charter belong in its form. */
    private static final Map<String, String> CHARTER_FIELDS = Map.of(
            "charter.error.budget-note", "budgetNote",
            "charter.error.loket-note", "loketNote",
            "charter.error.hours-not-arranged", "hours",
            "charter.error.predecessor", "predecessorNetwork",
            "charter.error.note-too-long", "predecessorDescription");
    static final String COMPOSITION_VIEW = "network/composition-settings";

    private static final Map<String, String> COMPOSITION_FIELDS = Map.of(
            "network.error.social-link-description", "howLinked",
            "network.error.not-social-function", "countedSocialFunctions",
            "network.error.own-function-too-long", "ownSocialFunctions",
            "network.error.own-functions-too-many", "ownSocialFunctions");

    private final NetworkViews views;
    private final NetworkCommands commands;
    private final CharterViews charters;
    private final CharterCommands charterCommands;
    private final CharterPdf pdf;

    NetworkCharterController(NetworkViews views, NetworkCommands commands, CharterViews charters,
            CharterCommands charterCommands, CharterPdf pdf) {
        this.views = views;
        this.commands = commands;
        this.charters = charters;
        this.charterCommands = charterCommands;
        this.pdf = pdf;
    }

    // --- charter -----------------------------------------------------------------------------------------------

    @GetMapping("/networks/{network}/charter")
    String charter(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network, Model model) {
        CharterEditor editor = charters.editor(user, network);
        return charterForm(editor, CharterForm.of(editor), model);
    }

    @PostMapping("/networks/{network}/charter")
    String changeCharter(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @Validated @ModelAttribute("charterForm") CharterForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        form.check(binding);
        return FormSubmission.of(binding).fields(CHARTER_FIELDS).submit(() -> {
            charterCommands.record(user, network, form.toDraft());
            redirect.addFlashAttribute("flashMessage", "charter.saved");
            return "redirect:/networks/" + network + "/charter/view";
        }, () -> charterForm(charters.editor(user, network), form, model));
    }

    /** The charter to read: members of the network, its coordinator and RESV staff of the region (R144). */
    @GetMapping("/networks/{network}/charter/view")
    String charterPage(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network, Model model) {
        model.addAttribute("page", charters.page(user, network));
        return CHARTER_PAGE_VIEW;
    }

    /** The same charter as a PDF, to print or to send to the partners' boards. */
    @GetMapping("/networks/{network}/charter/pdf")
    ResponseEntity<byte[]> charterPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            Locale locale) {
        CharterPage page = charters.page(user, network);
        byte[] pdf = this.pdf.render(page, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(CharterPdf.fileName(page), StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    private String charterForm(CharterEditor editor, CharterForm form, Model model) {
        model.addAttribute("editor", editor);
        if (!model.containsAttribute("charterForm")) {
            model.addAttribute("charterForm", form);
        }
        model.addAttribute("models", OrganisationalModel.values());
        model.addAttribute("choices", CharterChoices.INSTANCE);
        return CHARTER_VIEW;
    }

    // --- social domain -----------------------------------------------------------------------------------------

    @GetMapping("/networks/{network}/composition-settings")
    String composition(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network, Model model) {
        NetworkSettings settings = views.settingsToCoordinate(user, network);
        return compositionForm(settings, new CompositionSettingsForm(settings.socialDomainLinked(),
                settings.socialDomainLink(), settings.countedSocialFunctions(),
                CompositionSettingsForm.lines(settings.ownSocialFunctions())), model);
    }

    @PostMapping("/networks/{network}/composition-settings")
    String configureComposition(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @Validated @ModelAttribute("compositionForm") CompositionSettingsForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        form.check(binding);
        return FormSubmission.of(binding).fields(COMPOSITION_FIELDS).submit(() -> {
            commands.configureComposition(user, network, form.socialDomainLinked(), form.howLinked(),
                    form.countedSocialFunctions(), form.ownFunctionNames());
            redirect.addFlashAttribute("flashMessage", "composition.settings.saved");
            return "redirect:/networks/" + network + "#composition";
        }, () -> compositionForm(views.settingsToCoordinate(user, network), form, model));
    }

    private String compositionForm(NetworkSettings settings, CompositionSettingsForm form, Model model) {
        model.addAttribute("settings", settings);
        if (!model.containsAttribute("compositionForm")) {
            model.addAttribute("compositionForm", form);
        }
        return COMPOSITION_VIEW;
    }
}
