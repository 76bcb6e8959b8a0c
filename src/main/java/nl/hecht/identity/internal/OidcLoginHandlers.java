package nl.hecht.identity.internal;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The end of an OIDC login: a mapped person becomes fully logged in (the provider did the second factor) and goes on
 * to the page they asked for; a refused one goes back to the login page with the reason.
 */
@Component
class OidcLoginHandlers {

    private final LoginCompletion completion;
    private final SessionFlashMapManager flash = new SessionFlashMapManager();

    OidcLoginHandlers(LoginCompletion completion) {
        this.completion = completion;
    }

    AuthenticationSuccessHandler success() {
        RequestCache requests = new HttpSessionRequestCache();
        return (request, response, authentication) -> {
            if (!(authentication.getPrincipal() instanceof HechtOidcUser user)) {
                throw new IllegalStateException("OIDC login without a mapped account");
            }
            completion.complete(user.accountId(), request, response);
            // on to the page asked for, by its path: the saved address carries the request's Host header
            SavedRequest saved = requests.getRequest(request, response);
            requests.removeRequest(request, response);
            String path = saved == null ? "/" : LoginCompletion.pathAfterLogin(saved.getRedirectUrl());
            response.sendRedirect(request.getContextPath() + path);
        };
    }

    AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
            FlashMap map = new FlashMap();
            map.put("loginError", switch (code) {
                case OidcAccountMapper.NO_ACCOUNT -> "login.error.oidc-no-account";
                case OidcAccountMapper.UNVERIFIED_EMAIL -> "login.error.oidc-unverified";
                default -> "login.error.oidc";
            });
            map.setTargetRequestPath(request.getContextPath() + "/login");
            flash.saveOutputFlashMap(map, request, response);
            response.sendRedirect(request.getContextPath() + "/login");
        };
    }
}
