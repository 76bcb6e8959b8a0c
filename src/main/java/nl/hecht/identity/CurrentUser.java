package nl.hecht.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * The person behind the current request, as other modules see them: take it with
 * {@code @AuthenticationPrincipal CurrentUser user}. Kept in the (database) session, so it is small and serializable.
 */
public record CurrentUser(AccountId id, String username, String displayName, String organisation,
        String discipline, Set<Role> roles) implements Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
