package nl.hecht.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import nl.hecht.shared.DomainException;

/**
 * A refusal that a controller did not turn into a form message itself: the friendly 400 page with the reason.
 * Never a stack trace.
 */
@ControllerAdvice
class DomainExceptionAdvice {

    @ExceptionHandler(DomainException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused(DomainException exception, Model model) {
        model.addAttribute("status", 400);
        model.addAttribute("errorKind", ErrorPageViewResolver.kindOf(400));
        model.addAttribute("reasonKey", exception.messageKey());
        model.addAttribute("reasonArgs", exception.arguments());
        return ErrorPageViewResolver.VIEW;
    }
}
