package nl.hecht.network.web;

import java.time.Clock;
import java.time.LocalDate;
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

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.MemberId;
import nl.hecht.network.MemberRole;
import nl.hecht.network.NetworkId;
import nl.hecht.network.internal.network.PreferredChannel;
import nl.hecht.network.internal.view.MemberAccounts;
import nl.hecht.network.internal.view.NetworkCommands;
import nl.hecht.network.internal.view.NetworkViews;
import nl.hecht.network.internal.view.NetworkViews.MemberFormPage;
import nl.hecht.network.internal.view.NetworkViews.MemberName;
import nl.hecht.shared.EmailAddress;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.PhoneNumber;
import nl.hecht.shared.Today;
import nl.hecht.shared.web.Confirmation;
import nl.hecht.shared.web.FormSubmission;

/**
 * Adding, changing and ending memberships, by the network's coordinator or the RESV (who may, the use cases'
 * policies decide).
 */
@Controller
class MemberController {

    static final String FORM_VIEW = "network/member-form";

    /** The field of the member form each refusal of the domain belongs to. */
    private static final Map<String, String> FIELDS = Map.of("member.error.account-linked", "accountId",
            "member.error.account", "accountId", "member.error.name", "personName", "member.error.discipline",
            "disciplineCode", PhoneNumber.INVALID, "phone", EmailAddress.INVALID, "email",
            "member.error.social-function", "socialFunction");

    private final NetworkViews views;
    private final NetworkCommands commands;
    private final Clock clock;

    MemberController(NetworkViews views, NetworkCommands commands, Clock clock) {
        this.views = views;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/networks/{network}/members/new")
    String newMember(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network, Model model) {
        return form(user, network, null, MemberForm.empty(today()), model);
    }

    @PostMapping("/networks/{network}/members")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @Validated @ModelAttribute("memberForm") MemberForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        MemberForm complete = complete(user, network, form, binding, true);
        return FormSubmission.of(binding).fields(FIELDS).submit(() -> {
            commands.addMember(user, network, complete.toDetails(null), form.validFrom());
            redirect.addFlashAttribute("flashMessage", "member.added");
            return "redirect:/networks/" + network + "#members";
        }, () -> form(user, network, null, form, model));
    }

    @GetMapping("/networks/{network}/members/{member}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @PathVariable MemberId member, Model model) {
        MemberFormPage page = views.memberForm(user, network, member);
        MemberForm form = MemberForm.of(page.member().orElseThrow(NotFoundException::new),
                page.memberFrom().orElse(null));
        return show(page, member, form, model);
    }

    @PostMapping("/networks/{network}/members/{member}")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @PathVariable MemberId member, @Validated @ModelAttribute("memberForm") MemberForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        MemberForm complete = complete(user, network, form, binding, false);
        return FormSubmission.of(binding).fields(FIELDS).submit(() -> {
            commands.changeMember(user, network, member, complete.toDetails(null));
            redirect.addFlashAttribute("flashMessage", "member.changed");
            return "redirect:/networks/" + network + "#members";
        }, () -> form(user, network, member, form, model));
    }

    @PostMapping("/networks/{network}/members/{member}/end")
    String end(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @PathVariable MemberId member, @RequestParam(required = false) LocalDate until,
            @RequestParam(name = Confirmation.PARAM, defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        if (!confirmed) {
            MemberName name = views.memberName(user, network, member);
            Confirmation confirmation = Confirmation.of("member.end.confirm",
                    "/networks/" + network + "/members/" + member + "/end", "member.end.confirm.button",
                    "/networks/" + network + "#members", name.personName(), name.networkName());
            return (until == null ? confirmation : confirmation.with("until", until)).ask(model);
        }
        return FormSubmission.act(redirect, "/networks/" + network + "#members", "member.ended", () -> {
            commands.endMembership(user, network, member, until);
            Confirmation.offerUndo(redirect, "/networks/" + network + "/members/" + member + "/resume");
        });
    }

    /** The undo of {@link #end}, offered in the message right after it. */
    @PostMapping("/networks/{network}/members/{member}/resume")
    String resume(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @PathVariable MemberId member, RedirectAttributes redirect) {
        return FormSubmission.act(redirect, "/networks/" + network + "#members", "member.resumed",
                () -> commands.resumeMembership(user, network, member));
    }

    /**
     * The form with what was left empty (name, organisation, discipline) taken from the chosen account; without a name
     * or a discipline even then, the form comes back with the reason at that field. A change of a member takes only
     * the name (an organisation emptied on purpose stays empty).
     */
    private MemberForm complete(CurrentUser user, NetworkId network, MemberForm form, BindingResult binding,
            boolean adding) {
        MemberAccounts.Prefill prefill = views.memberPrefill(user, network, form.accountId());
        MemberForm complete = form.completedFrom(
                adding ? prefill : new MemberAccounts.Prefill(prefill.personName(), null, null));
        if (!complete.hasName() && !binding.hasFieldErrors("personName")) {
            binding.rejectValue("personName", "member.error.name");
        }
        if ((complete.disciplineCode() == null || complete.disciplineCode().isBlank())
                && !binding.hasFieldErrors("disciplineCode")) {
            binding.rejectValue("disciplineCode", "member.error.discipline-required");
        }
        return complete;
    }

    private String form(CurrentUser user, NetworkId network, MemberId member, MemberForm form, Model model) {
        return show(views.memberForm(user, network, member), member, form, model);
    }

    private static String show(MemberFormPage page, MemberId member, MemberForm form, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("accounts", page.accounts());
        model.addAttribute("memberId", member);
        model.addAttribute("memberForm", form);
        model.addAttribute("disciplines", page.disciplines());
        model.addAttribute("ownSocialFunctions", page.ownSocialFunctions());
        model.addAttribute("organisations", page.organisations());
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("channels", PreferredChannel.values());
        return FORM_VIEW;
    }

    private LocalDate today() {
        return Today.in(clock);
    }
}
