package nl.hecht.wijkfoto.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A target group the network chooses, with why (R003). */
record TargetGroupForm(
        @NotBlank(message = "{wijkfoto.target-group.name-required}") @Size(max = 120, message = "{wijkfoto.target-group.too-long}") String name,
        @NotBlank(message = "{wijkfoto.target-group.reason-required}") @Size(max = 1000, message = "{wijkfoto.target-group.too-long}") String reason) {

    static TargetGroupForm empty() {
        return new TargetGroupForm(null, null);
    }
}
