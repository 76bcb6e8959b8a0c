package nl.hecht.identity.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's CSRF token handling (the token masked anew on every page), except that the token is taken only
 * from the header or the form body, never from the address: a token in the query string ends up in logs, the browser
 * history and Referer headers, so a request that carries one there is refused. Multipart forms (imports) send it as a
 * body part, which the servlet container reads as a parameter like a plain form field.
 */
final class BodyOrHeaderCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        delegate.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        if (request.getHeader(csrfToken.getHeaderName()) == null
                && inQueryString(request.getQueryString(), csrfToken.getParameterName())) {
            return null;
        }
        return delegate.resolveCsrfTokenValue(request, csrfToken);
    }

    /** Whether the query string has a parameter of this name, also when the name is percent-encoded. */
    static boolean inQueryString(String query, String name) {
        if (query == null || query.isEmpty()) {
            return false;
        }
        for (String pair : query.split("&")) {
            String key = pair.split("=", 2)[0];
            try {
                if (name.equals(URLDecoder.decode(key, StandardCharsets.UTF_8))) {
                    return true;
                }
            } catch (IllegalArgumentException malformed) {
                return true; // an address that cannot be read is no place to look for a token either
            }
        }
        return false;
    }
}
