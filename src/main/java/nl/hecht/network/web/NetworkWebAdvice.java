package nl.hecht.network.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import nl.hecht.network.internal.access.NotVisibleException;

/** A region or network someone may not see: the friendly 404 page, the same as for one that does not exist. */
@ControllerAdvice(basePackageClasses = NetworkWebAdvice.class)
class NetworkWebAdvice {

    @ExceptionHandler({ NotVisibleException.class, IllegalArgumentException.class })
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notVisible(Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("errorKind", "404");
        return "error";
    }
}
