package nl.hecht.network.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
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
import nl.hecht.network.internal.view.NetworkOverview;
import nl.hecht.network.internal.view.NetworkViews;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.TimeConfiguration;
import nl.hecht.shared.web.Confirmation;
import nl.hecht.shared.web.DomainRefusals;

/** Adding, changing and ending memberships, by the network's coordinator or the RESV. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'RESV_STAFF', 'COORDINATOR')")
class MemberController {

    static final String FORM_VIEW = "network/member-form";

    /** The field of the member form each refusal of the domain belongs to. */
    private static final Map<String, String> FIELDS = Map.of("member.error.account-linked", "accountId",
            "member.error.account", "accountId", "member.error.name", "personName", "member.error.discipline",
            "disciplineCode");

    private final NetworkViews views;
    private final NetworkCommands commands;
    private final MemberAccounts memberAccounts;
    private final Clock clock;

    MemberController(NetworkViews views, NetworkCommands commands, MemberAccounts memberAccounts, Clock clock) {
        this.views = views;
        this.commands = commands;
        this.memberAccounts = memberAccounts;
        this.clock = clock;
    }

    @GetMapping("/networks/{id}/members/new")
    String newMember(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Locale locale, Model model) {
        return form(user, id, null, MemberForm.empty(today()), locale, model);
    }

    @PostMapping("/networks/{id}/members")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Validated @ModelAttribute("memberForm") MemberForm form, BindingResult binding, Locale locale, Model model,
            RedirectAttributes redirect) {
        MemberForm complete = complete(form, binding, true);
        if (!binding.hasErrors()) {
            try {
                commands.addMember(user, NetworkId.parse(id), complete.toDetails(null), form.validFrom());
                redirect.addFlashAttribute("flashMessage", "member.added");
                return "redirect:/networks/" + NetworkId.parse(id) + "#members";
            } catch (DomainException e) {
                DomainRefusals.reject(binding, e, FIELDS);
            }
        }
        return form(user, id, null, form, locale, model);
    }

    @GetMapping("/networks/{id}/members/{memberId}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @PathVariable String memberId,
            Locale locale, Model model) {
        NetworkOverview overview = views.overview(user, NetworkId.parse(id), locale);
        if (!overview.canCoordinate()) {
            throw new org.springframework.security.access.AccessDeniedException("not a coordinator");
        }
        MemberForm form;
        try {
            form = MemberForm.of(overview.network().member(MemberId.parse(memberId)));
        } catch (DomainException e) {
            throw new nl.hecht.network.internal.access.NotVisibleException();
        }
        return form(user, id, memberId, form, locale, model);
    }

    @PostMapping("/networks/{id}/members/{memberId}")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @PathVariable String memberId,
            @Validated @ModelAttribute("memberForm") MemberForm form, BindingResult binding, Locale locale, Model model,
            RedirectAttributes redirect) {
        MemberForm complete = complete(form, binding, false);
        if (!binding.hasErrors()) {
            try {
                commands.changeMember(user, NetworkId.parse(id), MemberId.parse(memberId), complete.toDetails(null));
                redirect.addFlashAttribute("flashMessage", "member.changed");
                return "redirect:/networks/" + NetworkId.parse(id) + "#members";
            } catch (DomainException e) {
                DomainRefusals.reject(binding, e, FIELDS);
            }
        }
        return form(user, id, memberId, form, locale, model);
    }

    @PostMapping("/networks/{id}/members/{memberId}/end")
    String end(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @PathVariable String memberId,
            @RequestParam(required = false) LocalDate until,
            @RequestParam(name = Confirmation.PARAM, defaultValue = "false") boolean confirmed, Locale locale,
            Model model, RedirectAttributes redirect) {
        NetworkId network = NetworkId.parse(id);
        MemberId member = MemberId.parse(memberId);
        if (!confirmed) {
            NetworkOverview overview = views.overview(user, network, locale);
            if (!overview.canCoordinate()) {
                throw new org.springframework.security.access.AccessDeniedException("not a coordinator");
            }
            String name;
            try {
                name = overview.network().member(member).personName();
            } catch (DomainException e) {
                throw new nl.hecht.network.internal.access.NotVisibleException();
            }
            Confirmation confirmation = Confirmation.of("member.end.confirm",
                    "/networks/" + network + "/members/" + member + "/end", "member.end.confirm.button",
                    "/networks/" + network + "#members", name, overview.network().name());
            return (until == null ? confirmation : confirmation.with("until", until)).ask(model);
        }
        try {
            commands.endMembership(user, network, member, until);
            redirect.addFlashAttribute("flashMessage", "member.ended");
            Confirmation.offerUndo(redirect, "/networks/" + network + "/members/" + member + "/resume");
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", e.messageKey());
        }
        return "redirect:/networks/" + network + "#members";
    }

    /** The undo of {@link #end}, offered in the message right after it. */
    @PostMapping("/networks/{id}/members/{memberId}/resume")
    String resume(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @PathVariable String memberId,
            RedirectAttributes redirect) {
        NetworkId network = NetworkId.parse(id);
        try {
            commands.resumeMembership(user, network, MemberId.parse(memberId));
            redirect.addFlashAttribute("flashMessage", "member.resumed");
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", e.messageKey());
        }
        return "redirect:/networks/" + network + "#members";
    }

    /**
     * The form with what was left empty (name, organisation, discipline) taken from the chosen account; without a name
     * or a discipline even then, the form comes back with the reason at that field. A change of a member takes only
     * the name (an organisation emptied on purpose stays empty).
     */
    private MemberForm complete(MemberForm form, BindingResult binding, boolean adding) {
        MemberAccounts.Prefill prefill = memberAccounts.prefill(form.accountId(), views.disciplineList(),
                views.organisationList());
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

    private String form(CurrentUser user, String id, String memberId, MemberForm form, Locale locale, Model model) {
        NetworkOverview overview = views.overview(user, NetworkId.parse(id), locale);
        if (!overview.canCoordinate()) {
            throw new org.springframework.security.access.AccessDeniedException("not a coordinator");
        }
        java.util.UUID linkedNow = null;
        if (memberId != null) {
            try {
                var account = overview.network().member(MemberId.parse(memberId)).account();
                linkedNow = account == null ? null : account.value();
            } catch (DomainException e) {
                linkedNow = null;
            }
        }
        model.addAttribute("accounts", memberAccounts.choices(overview.network(), linkedNow));
        model.addAttribute("overview", overview);
        model.addAttribute("memberId", memberId);
        model.addAttribute("memberForm", form);
        model.addAttribute("disciplines", views.disciplineList());
        model.addAttribute("organisations", views.organisationList());
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("channels", PreferredChannel.values());
        return FORM_VIEW;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
    }
}
