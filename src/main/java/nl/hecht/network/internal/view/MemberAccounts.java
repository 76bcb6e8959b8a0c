package nl.hecht.network.internal.view;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.Organisation;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.Role;
import nl.hecht.network.internal.discipline.Discipline;
import nl.hecht.network.internal.network.Member;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionRepository;
import nl.hecht.network.internal.region.StaffAssignment;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.Today;

/**
 * The Hecht accounts a member of a network may be linked to: active accounts of people who work with Hecht, not
 * those of clients, of the network's region or of no region yet. A linked account is what makes its holder a member
 * (or coordinator) in the access checks.
 * <p>
 * An account belongs to a region when it is linked to a current member of one of the region's networks or is RESV
 * staff of the region. The form offers the accounts of the network's region and those that belong to no region at
 * all (people just invited, not yet in any network or region staff: someone has to be able to link them first);
 * never an account that belongs only to other regions, so a coordinator does not see who works elsewhere.
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
    private final NetworkRepository networks;
    private final RegionRepository regions;
    private final Clock clock;

    MemberAccounts(Accounts accounts, NetworkRepository networks, RegionRepository regions, Clock clock) {
        this.accounts = accounts;
        this.networks = networks;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * The accounts to choose from, by display name; the account a member is linked to now stays on the list even when
     * it could not be chosen any more (deactivated), so that editing does not unlink it unnoticed.
     */
    @Transactional(readOnly = true)
    public List<Choice> choices(Network network, UUID linkedNow) {
        Map<UUID, Set<UUID>> regionsOf = regionsOfAccounts();
        UUID region = network.region().value();
        List<Choice> choices = new ArrayList<>(accounts.active().stream().filter(MemberAccounts::linkable)
                .filter(account -> offered(regionsOf, region, account.id()))
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

    /**
     * Refuses an account one may not link to a member of the network (not offered: see the class comment), unless it
     * is the one the member is linked to already.
     */
    void requireLinkable(Network network, UUID id, AccountId linkedNow) {
        if (id == null || linkedNow != null && linkedNow.value().equals(id)) {
            return;
        }
        if (accounts.find(new AccountId(id)).filter(MemberAccounts::linkable).isEmpty()
                || !offered(regionsOfAccounts(), network.region().value(), new AccountId(id))) {
            throw new DomainException("member.error.account");
        }
    }

    private static boolean offered(Map<UUID, Set<UUID>> regionsOf, UUID region, AccountId account) {
        Set<UUID> own = regionsOf.get(account.value());
        return own == null || own.contains(region);
    }

    /** For every account that belongs to a region: the regions it belongs to. */
    private Map<UUID, Set<UUID>> regionsOfAccounts() {
        LocalDate today = Today.in(clock);
        Map<UUID, Set<UUID>> regionsOf = new HashMap<>();
        for (Network network : networks.findAll()) {
            for (Member member : network.currentMembers(today)) {
                if (member.account() != null) {
                    regionsOf.computeIfAbsent(member.account().value(), key -> new HashSet<>())
                            .add(network.region().value());
                }
            }
        }
        for (Region region : regions.findAll()) {
            for (StaffAssignment assignment : region.staff()) {
                regionsOf.computeIfAbsent(assignment.accountId().value(), key -> new HashSet<>()).add(region.id().value());
            }
        }
        return regionsOf;
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
