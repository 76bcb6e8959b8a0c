package nl.hecht.network.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.validation.Errors;

import nl.hecht.network.NetworkStatus;

/**
 * A status change (R020) as of a date; an empty date means today. The date stays text (as the browser's date field
 * sends it, yyyy-mm-dd) so that a wrong one comes back as typed.
 */
record StatusForm(@NotNull(message = "{network.error.status-required}") NetworkStatus status,
        @Pattern(regexp = "\\s*(\\d{4}-\\d{2}-\\d{2})?\\s*", message = "{network.error.date}") String since) {

    void check(Errors errors) {
        if (!errors.hasFieldErrors("since") && since != null && !since.isBlank()) {
            try {
                LocalDate.parse(since.strip());
            } catch (DateTimeParseException e) {
                errors.rejectValue("since", "network.error.date");
            }
        }
    }

    LocalDate sinceDate() {
        return since == null || since.isBlank() ? null : LocalDate.parse(since.strip());
    }
}
