package nl.hecht.network.internal.composition;

import java.util.Set;

import nl.hecht.network.MemberRole;

/**
 * What the composition check needs to know of a current member.
 *
 * @param socialFunction the social-domain function of the network's own the member has (seed 000), or null
 */
public record MemberFact(String disciplineCode, Set<MemberRole> roles, String name, String socialFunction) {

    public MemberFact {
        roles = Set.copyOf(roles);
    }

    public MemberFact(String disciplineCode, Set<MemberRole> roles, String name) {
        this(disciplineCode, roles, name, null);
    }

    boolean isLiaison() {
        return roles.contains(MemberRole.LIAISON) || roles.contains(MemberRole.DELEGATE);
    }
}
