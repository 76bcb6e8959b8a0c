package nl.hecht.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A failed password: counts the attempt, then back to the login form with the reason and the username as typed.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final AccountManagement accounts;
    private final SessionFlashMapManager flash = new SessionFlashMapManager();

    LoginFailureHandler(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        String reason;
        if (exception instanceof LockedException) {
            reason = "login.error.locked";
        } else if (exception instanceof DisabledException) {
            reason = "login.error.disabled";
        } else {
            reason = "login.error.credentials";
            if (username != null && !username.isBlank() && username.length() <= 100) {
                accounts.recordFailedPassword(username);
            }
        }
        FlashMap map = new FlashMap();
        map.put("loginError", reason);
        map.put("username", username == null || username.length() > 100 ? "" : username);
        map.setTargetRequestPath(request.getContextPath() + "/login");
        flash.saveOutputFlashMap(map, request, response);
        response.sendRedirect(request.getContextPath() + "/login");
    }
}
