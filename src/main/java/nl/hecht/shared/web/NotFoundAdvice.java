package nl.hecht.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import nl.hecht.shared.NotFoundException;

/**
 * The one place that answers "not found": a record that does not exist or that the person may not see
 * ({@link NotFoundException}), and a web address whose id is malformed (a path variable that does not convert to its
 * typed id, see {@link TypedValueConverter}). Both get the friendly 404 page; a malformed query or form value is a 400.
 * Every other exception goes on to the error page with its own status, so a bug is not hidden as "not found".
 */
@ControllerAdvice
class NotFoundAdvice {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        return page(model, 404);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException mismatch) {
        HttpStatus status = mismatch.getParameter().hasParameterAnnotation(PathVariable.class) ? HttpStatus.NOT_FOUND
                : HttpStatus.BAD_REQUEST;
        ModelAndView page = new ModelAndView(ErrorPageViewResolver.VIEW, status);
        page.addObject("status", status.value());
        page.addObject("errorKind", ErrorPageViewResolver.kindOf(status.value()));
        return page;
    }

    /** A path variable that is blank (such as {@code %20}) binds as no id at all: the same friendly 404. */
    @ExceptionHandler(MissingPathVariableException.class)
    ModelAndView missing(MissingPathVariableException missing) throws MissingPathVariableException {
        if (!missing.isMissingAfterConversion()) {
            throw missing; // a mapping without the variable: a bug, not "not found"
        }
        ModelAndView page = new ModelAndView(ErrorPageViewResolver.VIEW, HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        page.addObject("errorKind", ErrorPageViewResolver.kindOf(HttpStatus.NOT_FOUND.value()));
        return page;
    }

    private static String page(Model model, int status) {
        model.addAttribute("status", status);
        model.addAttribute("errorKind", ErrorPageViewResolver.kindOf(status));
        return ErrorPageViewResolver.VIEW;
    }
}
