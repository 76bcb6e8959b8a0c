package nl.hecht.identity;

import java.util.Set;

/** An account as other modules see it: no credentials, no login history. */
public record AccountSummary(AccountId id, String username, String displayName, String email, String organisation,
        String discipline, Set<Role> roles, boolean active) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
