package nl.hecht.network.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import nl.hecht.network.MemberRole;
import nl.hecht.network.internal.network.Member;
import nl.hecht.network.internal.network.MemberDetails;
import nl.hecht.network.internal.network.PreferredChannel;
import nl.hecht.network.internal.network.Reachability;

/** A membership as typed on the member form. */
record MemberForm(@NotBlank @Size(max = 200) String personName, UUID accountId, UUID organisationId,
        @NotBlank String disciplineCode, Set<MemberRole> roles, @Size(max = 2000) String mandate,
        @Size(max = 2000) String taskPackage, @Size(max = 40) String phone, @Email @Size(max = 320) String email,
        @Size(max = 200) String days, @Size(max = 200) String hours, @Size(max = 500) String outOfHours,
        @Size(max = 500) String crisis, PreferredChannel preferredChannel, @Size(max = 1000) String reachableFor,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom) {

    static MemberForm empty(LocalDate today) {
        return new MemberForm(null, null, null, null, Set.of(), null, null, null, null, null, null, null, null, null,
                null, today);
    }

    static MemberForm of(Member member) {
        Reachability r = member.reachability();
        return new MemberForm(member.personName(), member.account() == null ? null : member.account().value(),
                member.organisationId(), member.disciplineCode(), member.roles(), member.mandate(),
                member.taskPackage(), r.phone(), r.email(), r.days(), r.hours(), r.outOfHours(), r.crisis(),
                r.preferredChannel(), r.reachableFor(), member.validFrom());
    }

    MemberDetails toDetails() {
        return new MemberDetails(accountId, personName, organisationId, disciplineCode, roles, mandate, taskPackage,
                new Reachability(phone, email, days, hours, outOfHours, crisis, preferredChannel, reachableFor));
    }
}
