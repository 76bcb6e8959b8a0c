package nl.hecht.identity.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.hecht.identity.Role;
import nl.hecht.identity.internal.AccountDetails;

/** The invitation of a new person: login name, details and roles. */
record InviteForm(
        @NotBlank(message = "{account.error.username.required}")
        @Pattern(regexp = "^$|^[A-Za-z0-9._@-]{2,100}$", message = "{account.error.username.pattern}") String username,
        @NotBlank(message = "{account.error.name.required}")
        @Size(max = 200, message = "{account.error.name.long}") String displayName,
        @NotBlank(message = "{account.error.email.required}")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{account.error.email.invalid}")
        @Size(max = 320, message = "{account.error.email.invalid}") String email,
        @Size(max = 200, message = "{account.error.organisation.long}") String organisation,
        @Size(max = 100, message = "{account.error.discipline.long}") String discipline,
        @NotEmpty(message = "{account.error.roles}") Set<Role> roles) {

    static InviteForm empty() {
        return new InviteForm("", "", "", "", "", Set.of());
    }

    AccountDetails details() {
        return new AccountDetails(displayName, email, organisation, discipline);
    }
}
