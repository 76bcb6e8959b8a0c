package nl.hecht.identity.web;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.identity.internal.AccountAdministration;
import nl.hecht.identity.internal.AccountManagement.Invited;
import nl.hecht.identity.internal.AccountOverview;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.web.Confirmation;
import nl.hecht.shared.web.FormSubmission;

/** Administrators manage accounts: the list, invitations, details and roles, deactivation and the second factor. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    static final String VIEW_LIST = "identity/admin/accounts";
    static final String VIEW_INVITE = "identity/admin/invite";
    static final String VIEW_ACCOUNT = "identity/admin/account";
    static final String REDIRECT_ACCOUNT = "redirect:/admin/accounts/{id}";

    private static final Map<String, String> FIELDS = Map.of(
            "account.error.username-taken", "username",
            "account.error.roles", "roles");

    private final AccountAdministration accounts;

    AccountAdminController(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.overview());
        return VIEW_LIST;
    }

    @GetMapping("/new")
    String newInvitation(Model model) {
        model.addAttribute("inviteForm", InviteForm.empty());
        return VIEW_INVITE;
    }

    @PostMapping
    String invite(@Valid InviteForm inviteForm, BindingResult result, RedirectAttributes redirect) {
        return FormSubmission.of(result).fields(FIELDS).submit(() -> showLink(
                accounts.invite(inviteForm.username(), inviteForm.details(), inviteForm.roles()), "account.invited",
                redirect), () -> VIEW_INVITE);
    }

    @GetMapping("/{id}")
    String account(@PathVariable AccountId id, Model model) {
        AccountOverview account = accounts.account(id);
        model.addAttribute("account", account);
        if (!model.containsAttribute("accountForm")) {
            model.addAttribute("accountForm", AccountForm.of(account));
        }
        return VIEW_ACCOUNT;
    }

    @PostMapping("/{id}")
    String update(@PathVariable AccountId id, @Valid AccountForm accountForm, BindingResult result,
            @AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
        return FormSubmission.of(result).fields(FIELDS).submit(() -> {
            accounts.update(id, accountForm.details(), accountForm.roles(), admin);
            redirect.addFlashAttribute("flashMessage", "account.saved");
            return REDIRECT_ACCOUNT;
        }, () -> {
            model.addAttribute("account", accounts.account(id));
            return VIEW_ACCOUNT;
        });
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable AccountId id, @AuthenticationPrincipal CurrentUser admin,
            @RequestParam(name = Confirmation.PARAM, defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        if (!confirmed) {
            return confirm("account.deactivate.confirm", "/deactivate", "account.deactivate.confirm.button", id, model);
        }
        String view = act(() -> accounts.deactivate(id, admin), "account.deactivated", redirect);
        if (!redirect.getFlashAttributes().containsKey(ACTION_ERROR)) {
            Confirmation.offerUndo(redirect, "/admin/accounts/" + id + "/activate");
        }
        return view;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable AccountId id, RedirectAttributes redirect) {
        return act(() -> accounts.activate(id), "account.activated", redirect);
    }

    @PostMapping("/{id}/reset-mfa")
    String resetMfa(@PathVariable AccountId id, @AuthenticationPrincipal CurrentUser admin,
            @RequestParam(name = Confirmation.PARAM, defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        if (!confirmed) {
            return confirm("account.mfa-reset.confirm", "/reset-mfa", "account.mfa-reset.confirm.button", id, model);
        }
        return act(() -> accounts.resetMfa(id, admin), "account.mfa-reset", redirect);
    }

    @PostMapping("/{id}/reinvite")
    String reinvite(@PathVariable AccountId id, RedirectAttributes redirect) {
        return attempt(() -> showLink(accounts.reinvite(id), "account.reinvited", redirect), redirect);
    }

    /** The one-time link is shown once, on the next page; it is not stored anywhere but in its hash. */
    private static String showLink(Invited invited, String message, RedirectAttributes redirect) {
        redirect.addAttribute("id", invited.account().value());
        redirect.addFlashAttribute("invitationLink", invited.link());
        redirect.addFlashAttribute("invitationMailed", invited.mailed());
        redirect.addFlashAttribute("flashMessage", message);
        return REDIRECT_ACCOUNT;
    }

    private String confirm(String question, String action, String button, AccountId id, Model model) {
        AccountOverview account = accounts.account(id);
        return Confirmation.of(question, "/admin/accounts/" + id + action, button, "/admin/accounts/" + id,
                account.displayName(), account.username()).ask(model);
    }

    /** The flash attribute the account page shows a refused button's reason from, beside its actions. */
    private static final String ACTION_ERROR = "actionError";

    private static String act(Runnable action, String message, RedirectAttributes redirect) {
        return attempt(() -> {
            action.run();
            redirect.addFlashAttribute("flashMessage", message);
            return REDIRECT_ACCOUNT;
        }, redirect);
    }

    /** A button on the account page: its action, or the domain's reason for refusing it on the same page. */
    private static String attempt(Supplier<String> action, RedirectAttributes redirect) {
        try {
            return action.get();
        } catch (DomainException refusal) {
            redirect.addFlashAttribute(ACTION_ERROR, refusal.messageKey());
            return REDIRECT_ACCOUNT;
        }
    }
}
