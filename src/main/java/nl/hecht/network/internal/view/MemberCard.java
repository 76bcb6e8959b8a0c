package nl.hecht.network.internal.view;

import java.time.LocalDate;
import java.util.Set;

import nl.hecht.network.MemberId;
import nl.hecht.network.MemberRole;
import nl.hecht.network.internal.network.Member;
import nl.hecht.network.internal.network.Reachability;

/**
 * A member as the network page and "wie bel ik" show them, copied from the aggregate. The task package (R046) and
 * the mandate (R048) are for the members of the network (and who coordinates or manages it): for anyone else they are
 * left out ({@link #withoutTasks()}).
 */
public record MemberCard(MemberId id, String personName, String disciplineCode, Set<MemberRole> roles,
        String taskPackage, Reachability reachability, LocalDate validFrom, LocalDate validTo, String mandate) {

    static MemberCard of(Member member) {
        return new MemberCard(member.id(), member.personName(), member.disciplineCode(), member.roles(),
                member.taskPackage(), member.reachability(), member.validFrom(), member.validTo(), member.mandate());
    }

    /** The card without task package and mandate, for someone who is not in the network. */
    MemberCard withoutTasks() {
        return new MemberCard(id, personName, disciplineCode, roles, null, reachability, validFrom, validTo, null);
    }
}
