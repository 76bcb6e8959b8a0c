package nl.hecht.identity.web;

import jakarta.validation.constraints.NotBlank;

/** The first password, set through an invitation link, typed twice. */
record SetPasswordForm(@NotBlank(message = "{password.error.required}") String password, String repeat) {

    boolean repeated() {
        return password != null && password.equals(repeat);
    }
}
