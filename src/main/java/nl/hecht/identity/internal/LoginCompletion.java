package nl.hecht.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.CurrentUser;

/** Turns a half login (password only) into a full one, with the person's roles and a new session id. */
@Component
public class LoginCompletion {

    private final AccountManagement accounts;
    private final SecurityContextRepository contextRepository;
    private final AccountSessions sessions;

    LoginCompletion(AccountManagement accounts, SecurityContextRepository contextRepository, AccountSessions sessions) {
        this.accounts = accounts;
        this.contextRepository = contextRepository;
        this.sessions = sessions;
    }

    /** The account id of the half-logged-in person of this request, if any. */
    public static java.util.Optional<AccountId> pendingAccount(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof PasswordVerifiedUser user) {
            return java.util.Optional.of(user.accountId());
        }
        return java.util.Optional.empty();
    }

    /**
     * Where to go after the login: the path of the page asked for (its address as saved, whose host came from the
     * request's Host header and is ignored), or the home page for anything but a page of Hecht.
     */
    public static String pathAfterLogin(String savedUrl) {
        String path;
        try {
            java.net.URI asked = java.net.URI.create(savedUrl);
            if (asked.getRawPath() == null) {
                return "/";
            }
            path = asked.getRawPath() + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery());
        } catch (IllegalArgumentException unreadable) {
            return "/";
        }
        // only paths of Hecht itself, never an address elsewhere, and never a login step or a static file
        if (path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/login") && !path.startsWith("/error")
                && !path.startsWith("/.well-known")) {
            return path;
        }
        return "/";
    }

    public void complete(AccountId id, HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = accounts.find(id).orElseThrow().toCurrentUser();
        Authentication full = UsernamePasswordAuthenticationToken.authenticated(user, null,
                Authorities.fullyLoggedIn(user));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        sessions.keepThisSession(id, request);
        contextRepository.saveContext(context, request, response);
    }
}
