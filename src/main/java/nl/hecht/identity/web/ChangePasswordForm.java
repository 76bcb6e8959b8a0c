package nl.hecht.identity.web;

import jakarta.validation.constraints.NotBlank;

/** A logged-in person's new password: the current one, then the new one twice. */
record ChangePasswordForm(@NotBlank(message = "{password.error.current-required}") String current,
        @NotBlank(message = "{password.error.required}") String password, String repeat) {

    static ChangePasswordForm empty() {
        return new ChangePasswordForm("", "", "");
    }

    boolean repeated() {
        return password != null && password.equals(repeat);
    }
}
