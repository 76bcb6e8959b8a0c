package nl.hecht.identity;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.AuthenticatedPrincipal;

import nl.hecht.shared.usecase.Caller;

/**
 * The person behind the current request, as other modules see them: take it with
 * {@code @AuthenticationPrincipal CurrentUser user}. Kept in the (database) session, so it is small and serializable.
 */
public record CurrentUser(AccountId id, String username, String displayName, String organisation,
        String discipline, Set<Role> roles) implements AuthenticatedPrincipal, Caller, Serializable {

    public CurrentUser {
        // in the order of the enum, so the header always lists them the same way
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** The name Spring Security (and the session table) knows this person by: the account id, no personal data. */
    @Override
    public String getName() {
        return id.toString();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** For the use-case boundary's policies ({@link Caller}). */
    @Override
    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
