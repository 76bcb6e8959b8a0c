package nl.hecht.shared.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches Spring Boot's error controller as a browser page gets the one friendly {@code error} view in
 * Hecht's layout, with the response's own status and one of four explanations: 400 (any other 4xx too), 403, 404 or
 * 500 (any 5xx). The model carries no exception, message or stack trace (see {@code server.error.*}).
 */
@Component
class ErrorPageViewResolver implements ErrorViewResolver {

    static final String VIEW = "error";

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> friendly = new HashMap<>(model);
        friendly.put("errorKind", kindOf(status.value()));
        return new ModelAndView(VIEW, friendly, status);
    }

    /** Which of the four explanations the error page gives for a status. */
    static String kindOf(int status) {
        if (status == 403 || status == 404) {
            return String.valueOf(status);
        }
        return status >= 400 && status < 500 ? "400" : "500";
    }
}
