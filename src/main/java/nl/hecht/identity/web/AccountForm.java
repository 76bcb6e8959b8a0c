package nl.hecht.identity.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import nl.hecht.identity.Role;
import nl.hecht.identity.internal.AccountDetails;
import nl.hecht.identity.internal.AccountOverview;

/** An administrator's change of an account's details and roles. */
record AccountForm(
        @NotBlank(message = "{account.error.name.required}")
        @Size(max = 200, message = "{account.error.name.long}") String displayName,
        @NotBlank(message = "{account.error.email.required}")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{account.error.email.invalid}")
        @Size(max = 320, message = "{account.error.email.invalid}") String email,
        @Size(max = 200, message = "{account.error.organisation.long}") String organisation,
        @Size(max = 100, message = "{account.error.discipline.long}") String discipline,
        @NotEmpty(message = "{account.error.roles}") Set<Role> roles) {

    static AccountForm of(AccountOverview account) {
        return new AccountForm(account.displayName(), account.email(), account.organisation(), account.discipline(),
                Set.copyOf(account.roles()));
    }

    AccountDetails details() {
        return new AccountDetails(displayName, email, organisation, discipline);
    }
}
