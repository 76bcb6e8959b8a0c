package nl.hecht.network.internal.composition;

import java.util.Set;

import nl.hecht.network.MemberRole;

/** What the composition check needs to know of a current member. */
public record MemberFact(String disciplineCode, Set<MemberRole> roles, String name) {

    public MemberFact {
        roles = Set.copyOf(roles);
    }

    boolean isLiaison() {
        return roles.contains(MemberRole.LIAISON) || roles.contains(MemberRole.DELEGATE);
    }
}
