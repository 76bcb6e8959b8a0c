package nl.hecht.network.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import nl.hecht.network.MemberRole;
import nl.hecht.network.internal.network.MemberDetails;
import nl.hecht.network.internal.network.PreferredChannel;
import nl.hecht.network.internal.network.Reachability;
import nl.hecht.network.internal.view.MemberAccounts;

/**
 * A membership as typed on the member form: the person by name, by Hecht account, or both (an empty name then takes
 * the account's display name), and the social-domain function of the network's own, if the network named any.
 */
record MemberForm(@Size(max = 200) String personName, UUID accountId, UUID organisationId,
        String disciplineCode, Set<MemberRole> roles, @Size(max = 2000) String mandate,
        @Size(max = 2000) String taskPackage, @Size(max = 40) String phone, @Email @Size(max = 320) String email,
        @Size(max = 200) String days, @Size(max = 200) String hours, @Size(max = 500) String outOfHours,
        @Size(max = 500) String crisis, PreferredChannel preferredChannel, @Size(max = 1000) String reachableFor,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom, @Size(max = 100) String socialFunction) {

    static MemberForm empty(LocalDate today) {
        return new MemberForm(null, null, null, null, Set.of(), null, null, null, null, null, null, null, null, null,
                null, today, null);
    }

    static MemberForm of(MemberDetails member, LocalDate validFrom) {
        Reachability r = member.reachability();
        return new MemberForm(member.personName(), member.accountId(), member.organisationId(),
                member.disciplineCode(), member.roles(), member.mandate(), member.taskPackage(), r.phoneText(), r.emailText(),
                r.days(), r.hours(), r.outOfHours(), r.crisis(), r.preferredChannel(), r.reachableFor(), validFrom,
                member.socialFunction());
    }

    /** The form with the fields left empty taken from the chosen account (what was typed or chosen stays). */
    MemberForm completedFrom(MemberAccounts.Prefill prefill) {
        return new MemberForm(hasName() ? personName : prefill.personName(), accountId,
                organisationId != null ? organisationId : prefill.organisationId(),
                disciplineCode != null && !disciplineCode.isBlank() ? disciplineCode : prefill.disciplineCode(), roles,
                mandate, taskPackage, phone, email, days, hours, outOfHours, crisis, preferredChannel, reachableFor,
                validFrom, socialFunction);
    }

    /** Whether a name was typed. */
    boolean hasName() {
        return personName != null && !personName.isBlank();
    }

    /** The membership with the given name when none was typed (the linked account's display name). */
    MemberDetails toDetails(String nameIfEmpty) {
        return new MemberDetails(accountId, hasName() ? personName : nameIfEmpty, organisationId, disciplineCode, roles, mandate, taskPackage,
                Reachability.typed(phone, email, days, hours, outOfHours, crisis, preferredChannel, reachableFor),
                socialFunction);
    }
}
