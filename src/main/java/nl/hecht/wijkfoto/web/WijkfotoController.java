package nl.hecht.wijkfoto.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import nl.hecht.network.NetworkId;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.web.FormSubmission;
import nl.hecht.wijkfoto.internal.FiguresCsv;
import nl.hecht.wijkfoto.internal.Wijkfotos;

/** The wijkfoto of a network and of each of its neighbourhoods, with its target groups, notes and imports. */
@Controller
class WijkfotoController {

    static final String VIEW = "wijkfoto/wijkfoto";

    private static final Map<String, String> TARGET_GROUP_FIELDS = Map.of(
            "wijkfoto.target-group.name-required", "name",
            "wijkfoto.target-group.reason-required", "reason",
            "wijkfoto.target-group.duplicate", "name");
    private static final Map<String, String> NOTE_FIELDS = Map.of(
            "wijkfoto.note.required", "text",
            "wijkfoto.note.too-long", "text");

    private final Wijkfotos wijkfotos;

    WijkfotoController(Wijkfotos wijkfotos) {
        this.wijkfotos = wijkfotos;
    }

    @GetMapping("/networks/{network}/wijkfoto")
    String wijkfoto(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network, Model model) {
        return page(user, network, model);
    }

    @GetMapping("/networks/{network}/wijkfoto/neighbourhoods/{code}")
    String neighbourhood(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @PathVariable NeighbourhoodCode code, Model model) {
        model.addAttribute("page", wijkfotos.neighbourhood(user, network, code));
        return forms(model);
    }

    @PostMapping("/networks/{network}/wijkfoto/target-groups")
    String chooseTargetGroup(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @Validated @ModelAttribute("targetGroupForm") TargetGroupForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.of(binding).fields(TARGET_GROUP_FIELDS).submit(() -> {
            wijkfotos.chooseTargetGroup(user, network, form.name(), form.reason());
            redirect.addFlashAttribute("flashMessage", "wijkfoto.target-group.saved");
            return "redirect:/networks/" + network + "/wijkfoto#target-groups";
        }, () -> page(user, network, model));
    }

    @PostMapping("/networks/{network}/wijkfoto/target-groups/{targetGroup}/drop")
    String dropTargetGroup(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @PathVariable UUID targetGroup, RedirectAttributes redirect) {
        return FormSubmission.act(redirect, "/networks/" + network + "/wijkfoto#target-groups",
                "wijkfoto.target-group.dropped", () -> wijkfotos.dropTargetGroup(user, network, targetGroup));
    }

    @PostMapping("/networks/{network}/wijkfoto/notes")
    String writeNote(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @Validated @ModelAttribute("noteForm") NoteForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.of(binding).fields(NOTE_FIELDS).submit(() -> {
            wijkfotos.writeNote(user, network, form.text());
            redirect.addFlashAttribute("flashMessage", "wijkfoto.note.saved");
            return "redirect:/networks/" + network + "/wijkfoto#notes";
        }, () -> page(user, network, model));
    }

    @PostMapping("/networks/{network}/wijkfoto/notes/{note}/remove")
    String removeNote(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @PathVariable UUID note, RedirectAttributes redirect) {
        return FormSubmission.act(redirect, "/networks/" + network + "/wijkfoto#notes", "wijkfoto.note.removed",
                () -> wijkfotos.removeNote(user, network, note));
    }

    @PostMapping("/networks/{network}/wijkfoto/figures")
    String importFigures(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @ModelAttribute("importForm") FiguresUploadForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (form.isEmpty()) {
            binding.rejectValue("file", "wijkfoto.import.error.no-file");
        } else if (form.isTooLarge()) {
            binding.rejectValue("file", "wijkfoto.import.error.too-large");
        }
        return FormSubmission.of(binding).submit(() -> {
            FiguresCsv.Result result = wijkfotos.importFigures(user, network, form.content());
            if (!result.ok()) {
                model.addAttribute("importProblems", result.problems());
                return page(user, network, model);
            }
            redirect.addFlashAttribute("flashMessage", "wijkfoto.import.done");
            return "redirect:/networks/" + network + "/wijkfoto#figures";
        }, () -> page(user, network, model));
    }

    private String page(CurrentUser user, NetworkId network, Model model) {
        model.addAttribute("page", wijkfotos.wijkfoto(user, network));
        return forms(model);
    }

    private static String forms(Model model) {
        if (!model.containsAttribute("targetGroupForm")) {
            model.addAttribute("targetGroupForm", TargetGroupForm.empty());
        }
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", NoteForm.empty());
        }
        if (!model.containsAttribute("importForm")) {
            model.addAttribute("importForm", new FiguresUploadForm(null));
        }
        if (!model.containsAttribute("importProblems")) {
            model.addAttribute("importProblems", List.of());
        }
        return VIEW;
    }
}
