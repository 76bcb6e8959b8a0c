package nl.hecht.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.hecht.shared.DomainException;

/**
 * Pages that fail on purpose, for {@link ErrorPagesIntegrationTests}: an unexpected exception, a refusal by the
 * domain, a parameter of the wrong type. A component of the test sources only (never in the application), found by
 * the component scan of every test context, so the error page tests need no context of their own.
 */
@Controller
class FailingController {

    static final String SECRET_DETAIL = "connection string jdbc:secret@db-7";

    @GetMapping("/test/failure")
    String failure() {
        throw new IllegalStateException(SECRET_DETAIL);
    }

    @GetMapping("/test/refused")
    String refused() {
        throw new DomainException("account.error.not-found");
    }

    @GetMapping("/test/number")
    String number(@RequestParam int n) {
        return "home";
    }
}
