package nl.hecht.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The login kept in the session, but only while the account still is as it was at the login: a session whose security
 * stamp is no longer the account's (roles, password or second factor changed, account deactivated) is invalidated,
 * and the request goes on as anonymous (so a page asks for a login, a form post is refused). Checked lazily, once per
 * request, when something needs the login: static files and public pages that do not look at it cost nothing.
 */
final class StampCheckingSecurityContextRepository implements SecurityContextRepository {

    private static final Logger log = LoggerFactory.getLogger(StampCheckingSecurityContextRepository.class);

    private final HttpSessionSecurityContextRepository delegate = new HttpSessionSecurityContextRepository();
    private final AccountSessions sessions;

    StampCheckingSecurityContextRepository(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext loaded = delegate.loadDeferredContext(request);
        return new DeferredSecurityContext() {

            private SecurityContext context;
            private boolean generated;

            @Override
            public SecurityContext get() {
                if (context == null) {
                    SecurityContext fromSession = loaded.get();
                    generated = loaded.isGenerated();
                    context = checked(fromSession, request);
                    if (context != fromSession) {
                        generated = true;
                    }
                }
                return context;
            }

            @Override
            public boolean isGenerated() {
                get();
                return generated;
            }
        };
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return checked(delegate.loadContext(holder), holder.getRequest());
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        delegate.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return delegate.containsContext(request);
    }

    private SecurityContext checked(SecurityContext context, HttpServletRequest request) {
        return AccountSessions.accountOf(context.getAuthentication()).map(account -> {
            HttpSession session = request.getSession(false);
            if (session == null || sessions.isCurrent(account, session)) {
                return context;
            }
            log.info("Account {}: session ended because the account changed", account);
            session.invalidate();
            return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        }).orElse(context);
    }
}
