package nl.hecht.identity.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.shared.web.Confirmation;
import nl.hecht.shared.web.DomainRefusals;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.identity.internal.AccountManagement;
import nl.hecht.identity.internal.AccountManagement.Invited;
import nl.hecht.identity.internal.AccountOverview;
import nl.hecht.shared.DomainException;

/** Administrators manage accounts: the list, invitations, details and roles, deactivation and the second factor. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

    static final String VIEW_LIST = "identity/admin/accounts";
    static final String VIEW_INVITE = "identity/admin/invite";
    static final String VIEW_ACCOUNT = "identity/admin/account";
    static final String REDIRECT_ACCOUNT = "redirect:/admin/accounts/{id}";

    private static final Map<String, String> FIELDS = Map.of(
            "account.error.username-taken", "username",
            "account.error.roles", "roles");

    private final AccountManagement accounts;

    AccountAdminController(AccountManagement accounts) {
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
        if (result.hasErrors()) {
            return VIEW_INVITE;
        }
        try {
            Invited invited = accounts.invite(inviteForm.username(), inviteForm.details(), inviteForm.roles());
            return showLink(invited, "account.invited", redirect);
        } catch (DomainException refusal) {
            DomainRefusals.reject(result, refusal, FIELDS);
            return VIEW_INVITE;
        }
    }

    @GetMapping("/{id}")
    String account(@PathVariable UUID id, Model model) {
        AccountOverview account = load(id);
        model.addAttribute("account", account);
        if (!model.containsAttribute("accountForm")) {
            model.addAttribute("accountForm", AccountForm.of(account));
        }
        return VIEW_ACCOUNT;
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid AccountForm accountForm, BindingResult result,
            @AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.update(new AccountId(id), accountForm.details(), accountForm.roles(), admin.id());
                redirect.addFlashAttribute("flashMessage", "account.saved");
                return REDIRECT_ACCOUNT;
            } catch (DomainException refusal) {
                DomainRefusals.reject(result, refusal, FIELDS);
            }
        }
        model.addAttribute("account", load(id));
        return VIEW_ACCOUNT;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser admin,
            @RequestParam(name = Confirmation.PARAM, defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        if (!confirmed) {
            return confirm("account.deactivate.confirm", "/deactivate", "account.deactivate.confirm.button", id, model);
        }
        String view = act(() -> accounts.deactivate(new AccountId(id), admin.id()), "account.deactivated", redirect);
        if (!redirect.getFlashAttributes().containsKey("actionError")) {
            Confirmation.offerUndo(redirect, "/admin/accounts/" + id + "/activate");
        }
        return view;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(() -> accounts.activate(new AccountId(id)), "account.activated", redirect);
    }

    @PostMapping("/{id}/reset-mfa")
    String resetMfa(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser admin,
            @RequestParam(name = Confirmation.PARAM, defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        if (!confirmed) {
            return confirm("account.mfa-reset.confirm", "/reset-mfa", "account.mfa-reset.confirm.button", id, model);
        }
        return act(() -> accounts.resetMfa(new AccountId(id), admin.id()), "account.mfa-reset", redirect);
    }

    @PostMapping("/{id}/reinvite")
    String reinvite(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            return showLink(accounts.reinvite(new AccountId(id)), "account.reinvited", redirect);
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("actionError", refusal.messageKey());
            return REDIRECT_ACCOUNT;
        }
    }

    /** The one-time link is shown once, on the next page; it is not stored anywhere but in its hash. */
    private static String showLink(Invited invited, String message, RedirectAttributes redirect) {
        redirect.addAttribute("id", invited.account().value());
        redirect.addFlashAttribute("invitationLink", invited.link());
        redirect.addFlashAttribute("invitationMailed", invited.mailed());
        redirect.addFlashAttribute("flashMessage", message);
        return REDIRECT_ACCOUNT;
    }

    private String confirm(String question, String action, String button, UUID id, Model model) {
        AccountOverview account = load(id);
        return Confirmation.of(question, "/admin/accounts/" + id + action, button, "/admin/accounts/" + id,
                account.displayName(), account.username()).ask(model);
    }

    private static String act(Runnable action, String message, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("flashMessage", message);
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("actionError", refusal.messageKey());
        }
        return REDIRECT_ACCOUNT;
    }

    private AccountOverview load(UUID id) {
        return accounts.overview(new AccountId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
