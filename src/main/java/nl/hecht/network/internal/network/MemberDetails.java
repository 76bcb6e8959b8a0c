package nl.hecht.network.internal.network;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import nl.hecht.network.MemberRole;
import nl.hecht.shared.DomainException;

/**
 * What describes a membership apart from its period: the person (an account, or an external contact by name), the
 * organisation, the discipline, the roles in the network, the mandate (R048), the task package and reachability, and
 * the social-domain function of the network's own the member has, if any (seed 000).
 */
public record MemberDetails(UUID accountId, String personName, UUID organisationId, String disciplineCode,
        Set<MemberRole> roles, String mandate, String taskPackage, Reachability reachability, String socialFunction) {

    /** A membership without a social-domain function of the network's own. */
    public MemberDetails(UUID accountId, String personName, UUID organisationId, String disciplineCode,
            Set<MemberRole> roles, String mandate, String taskPackage, Reachability reachability) {
        this(accountId, personName, organisationId, disciplineCode, roles, mandate, taskPackage, reachability, null);
    }

    public MemberDetails {
        personName = Texts.blankToNull(personName);
        if (personName == null || personName.length() > 200) {
            throw new DomainException("member.error.name");
        }
        if (disciplineCode == null || disciplineCode.isBlank()) {
            throw new DomainException("member.error.discipline");
        }
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        mandate = Texts.blankToNull(mandate);
        taskPackage = Texts.blankToNull(taskPackage);
        reachability = reachability == null ? Reachability.NONE : reachability;
        socialFunction = Texts.blankToNull(socialFunction);
        if (mandate != null && mandate.length() > 2000 || taskPackage != null && taskPackage.length() > 2000) {
            throw new DomainException("member.error.too-long");
        }
    }
}
