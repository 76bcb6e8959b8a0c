package nl.hecht.network.internal.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.Role;
import nl.hecht.directory.Organisation;
import nl.hecht.network.internal.discipline.Discipline;
import nl.hecht.shared.DomainException;

/**
 * The Hecht accounts a member of a network may be linked to: active accounts of people who work with Hecht, not
 * those of clients. A linked account is what makes its holder a member (or coordinator) in the access checks.
 */
@Component
public class MemberAccounts {

    /**
     * An account as the member form offers it: its id and "name, organisation, discipline", and those three apart,
     * so that choosing it can fill the form's fields.
     */
    public record Choice(UUID id, String label, String name, String organisation, String discipline) {
    }

    /** What choosing an account fills in on the member form (each null when the account does not say). */
    public record Prefill(String personName, UUID organisationId, String disciplineCode) {
    }

    private final Accounts accounts;

    MemberAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The accounts to choose from, by display name; the account a member is linked to now stays on the list even when
     * it could not be chosen any more (deactivated), so that editing does not unlink it unnoticed.
     */
    public List<Choice> choices(UUID linkedNow) {
        List<Choice> choices = new ArrayList<>(accounts.active().stream().filter(MemberAccounts::linkable)
                .map(MemberAccounts::choice).toList());
        if (linkedNow != null && choices.stream().noneMatch(choice -> choice.id().equals(linkedNow))) {
            accounts.find(new AccountId(linkedNow)).ifPresent(account -> choices.add(0, choice(account)));
        }
        return choices;
    }

    /**
     * The display name of an account that is not a client's, to use when no name was typed (whether the account may
     * be linked is checked when the member is saved).
     */
    public Optional<String> displayName(UUID id) {
        return id == null ? Optional.empty()
                : accounts.find(new AccountId(id)).filter(MemberAccounts::notClientOnly).map(AccountSummary::displayName);
    }

    /**
     * The name, organisation and discipline the account says, matched to the directory's organisations (by name) and
     * the discipline catalogue (by Dutch or English name, or code), for the fields of the member form left empty.
     */
    public Prefill prefill(UUID id, List<Discipline> disciplines, List<Organisation> organisations) {
        Optional<AccountSummary> account = id == null ? Optional.empty()
                : accounts.find(new AccountId(id)).filter(MemberAccounts::notClientOnly);
        if (account.isEmpty()) {
            return new Prefill(null, null, null);
        }
        String organisation = account.get().organisation();
        String discipline = account.get().discipline();
        UUID organisationId = organisation == null ? null : organisations.stream()
                .filter(candidate -> candidate.name().strip().equalsIgnoreCase(organisation.strip()))
                .map(candidate -> candidate.id().value()).findFirst().orElse(null);
        String disciplineCode = discipline == null ? null : disciplines.stream()
                .filter(candidate -> Stream.of(candidate.code(), candidate.nameNl(), candidate.name(Locale.ENGLISH))
                        .filter(Objects::nonNull).anyMatch(name -> name.equalsIgnoreCase(discipline.strip())))
                .map(Discipline::code).findFirst().orElse(null);
        return new Prefill(account.get().displayName(), organisationId, disciplineCode);
    }

    /** Refuses an account one may not link, unless it is the one the member is linked to already. */
    void requireLinkable(UUID id, AccountId linkedNow) {
        if (id == null || linkedNow != null && linkedNow.value().equals(id)) {
            return;
        }
        if (accounts.find(new AccountId(id)).filter(MemberAccounts::linkable).isEmpty()) {
            throw new DomainException("member.error.account");
        }
    }

    /** Active, and holding a role besides that of client. */
    static boolean linkable(AccountSummary account) {
        return account.active() && notClientOnly(account);
    }

    private static boolean notClientOnly(AccountSummary account) {
        return account.roles().stream().anyMatch(role -> role != Role.CLIENT);
    }

    private static Choice choice(AccountSummary account) {
        return new Choice(account.id().value(), Stream.of(account.displayName(), account.organisation(),
                account.discipline()).filter(Objects::nonNull).filter(part -> !part.isBlank())
                .collect(Collectors.joining(", ")), account.displayName(), account.organisation(),
                account.discipline());
    }
}
