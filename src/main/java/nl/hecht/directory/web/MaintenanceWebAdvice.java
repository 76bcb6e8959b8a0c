package nl.hecht.directory.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import nl.hecht.directory.internal.EntryMaintenance.NotFoundException;

/**
 * An entry, location or organisation that does not exist, or an address with a malformed id, on the maintenance
 * pages: the friendly 404 page, never a stack trace.
 */
@ControllerAdvice(assignableTypes = { EntryController.class, LocationController.class, StaffController.class,
        MaintenanceController.class })
class MaintenanceWebAdvice {

    @ExceptionHandler({ NotFoundException.class, IllegalArgumentException.class })
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("errorKind", "404");
        return "error";
    }
}
