package nl.hecht.network.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.directory.OrganisationId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.network.internal.network.NetworkRelation;
import nl.hecht.network.internal.view.NetworkConnectionScreens;
import nl.hecht.shared.EmailAddress;
import nl.hecht.shared.PhoneNumber;
import nl.hecht.shared.web.FormSubmission;

/**
 * What connects a network to others (issue 11): the GP practices a practice-based network serves, with their list
 * sizes summed (R136, R141); the core networks a thematic network works with (R157); and the network's contact point
 * (R054, R092). Who may do what is decided by the use cases' policies.
 */
@Controller
class NetworkConnectionController {

    static final String PRACTICES_VIEW = "network/practice-choice";
    static final String RELATIONS_VIEW = "network/relations";
    static final String CONTACT_VIEW = "network/contact-point";

    private static final Map<String, String> CONTACT_FIELDS = Map.of(
            "network.error.contact-name", "name",
            "network.error.contact-reach", "phone",
            "network.error.contact-too-long", "reachableFor",
            PhoneNumber.INVALID, "phone",
            EmailAddress.INVALID, "email");

    private final NetworkConnectionScreens screens;

    NetworkConnectionController(NetworkConnectionScreens screens) {
        this.screens = screens;
    }

    // --- GP practices ------------------------------------------------------------------------------------

    @GetMapping("/networks/{network}/practices")
    String practices(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network, Model model) {
        model.addAttribute("editor", screens.practiceEditor(user, network));
        return PRACTICES_VIEW;
    }

    @PostMapping("/networks/{network}/practices")
    String choosePractices(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @RequestParam(name = "practice", required = false) List<OrganisationId> practices,
            RedirectAttributes redirect) {
        return FormSubmission.act(redirect, "/networks/" + network + "/practices", "practices.choice.saved",
                () -> screens.choosePractices(user, network, practices == null ? List.of() : practices));
    }

    // --- relations with core networks -------------------------------------------------------------------

    @GetMapping("/networks/{network}/relations")
    String relations(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network, Model model) {
        model.addAttribute("editor", screens.relationsEditor(user, network));
        return RELATIONS_VIEW;
    }

    /** The chosen core networks ({@code related}) with a note each ({@code note-<id>}). */
    @PostMapping("/networks/{network}/relations")
    String workWith(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @RequestParam(name = "related", required = false) List<NetworkId> related,
            @RequestParam Map<String, String> parameters, RedirectAttributes redirect) {
        return FormSubmission.act(redirect, "/networks/" + network + "/relations", "relations.saved", () -> {
            List<NetworkRelation> relations = new ArrayList<>();
            for (NetworkId id : related == null ? List.<NetworkId>of() : related) {
                relations.add(NetworkRelation.with(id, parameters.get("note-" + id)));
            }
            screens.workWith(user, network, relations);
        });
    }

    // --- contact point -------------------------------------------------------------------------------------

    @GetMapping("/networks/{network}/contact-point")
    String contactPoint(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network, Model model) {
        var page = screens.contactPointForm(user, network);
        return contactForm(page, ContactPointForm.of(page.contactPoint().orElse(null)), model);
    }

    @PostMapping("/networks/{network}/contact-point")
    String appointContactPoint(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @Validated @ModelAttribute("contactForm") ContactPointForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        var page = screens.contactPointForm(user, network);
        return FormSubmission.of(binding).fields(CONTACT_FIELDS).submit(() -> {
            screens.appointContactPoint(user, network, form.toContactPoint());
            redirect.addFlashAttribute("flashMessage", "contact-point.saved");
            return "redirect:/networks/" + network + "#contact-point";
        }, () -> contactForm(page, form, model));
    }

    private String contactForm(NetworkConnectionScreens.ContactPointPage page, ContactPointForm form, Model model) {
        model.addAttribute("page", page);
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", form);
        }
        return CONTACT_VIEW;
    }
}
