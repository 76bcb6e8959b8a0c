package nl.hecht.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A failed password: counts the attempt, then back to the login form with the reason and the username as typed. A
 * locked account answers as a wrong password does, whatever password is given (see SecurityConfiguration).
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
        if (exception instanceof DisabledException) {
            // told only after the right password of an account that is not locked
            reason = "login.error.disabled";
        } else {
            // a wrong password, an unknown username and any password of a locked account get the same answer, so
            // the answer tells a guesser nothing; and every attempt on an account counts, also during its lock
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
