package nl.hecht.network.internal.network;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.hecht.identity.AccountId;
import nl.hecht.network.MemberId;
import nl.hecht.network.MemberRole;
import nl.hecht.shared.DomainException;

/**
 * A membership of a network ("namen en rugnummers"): who, for which discipline, in which roles, and how to reach
 * them, valid from a date until (not including) an end date. Ended memberships stay as history (R160).
 * Changed only through its {@link Network}.
 */
@Entity
@Table(name = "network_member")
public class Member {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "network_id", nullable = false, updatable = false)
    private Network network;

    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "person_name", nullable = false, length = 200)
    private String personName;

    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(name = "discipline_code", nullable = false, length = 40)
    private String disciplineCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "network_member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<MemberRole> roles = EnumSet.noneOf(MemberRole.class);

    @Column(name = "mandate", length = 2000)
    private String mandate;

    @Column(name = "task_package", length = 2000)
    private String taskPackage;

    @Embedded
    private Reachability reachability;

    @Column(name = "social_function", length = 100)
    private String socialFunction;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private Long version;

    protected Member() {
    }

    Member(Network network, MemberDetails details, LocalDate validFrom) {
        if (validFrom == null) {
            throw new DomainException("member.error.valid-from");
        }
        this.id = UUID.randomUUID();
        this.network = network;
        this.validFrom = validFrom;
        apply(details);
    }

    void apply(MemberDetails details) {
        this.accountId = details.accountId();
        this.personName = details.personName();
        this.organisationId = details.organisationId();
        this.disciplineCode = details.disciplineCode();
        this.roles.clear();
        this.roles.addAll(details.roles());
        this.mandate = details.mandate();
        this.taskPackage = details.taskPackage();
        this.reachability = details.reachability();
        this.socialFunction = details.socialFunction();
    }

    void end(LocalDate until) {
        if (validTo != null) {
            throw new DomainException("member.error.already-ended");
        }
        if (until == null || until.isBefore(validFrom)) {
            throw new DomainException("member.error.end-before-start");
        }
        this.validTo = until;
    }

    /** Undoes {@link #end}: the membership holds again, as if it had not been ended. */
    void resume() {
        if (validTo == null) {
            throw new DomainException("member.error.not-ended");
        }
        this.validTo = null;
    }

    /** Whether the membership holds on the day: from its start, until (not including) its end. */
    public boolean isCurrent(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }

    public boolean has(MemberRole role) {
        return roles.contains(role);
    }

    public boolean isAccount(AccountId account) {
        return accountId != null && accountId.equals(account.value());
    }

    public MemberId id() {
        return new MemberId(id);
    }

    public AccountId account() {
        return accountId == null ? null : new AccountId(accountId);
    }

    public String personName() {
        return personName;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String disciplineCode() {
        return disciplineCode;
    }

    public Set<MemberRole> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public String mandate() {
        return mandate;
    }

    public String taskPackage() {
        return taskPackage;
    }

    public Reachability reachability() {
        return reachability == null ? Reachability.NONE : reachability;
    }

    /** The social-domain function of the network's own the member has (seed 000), or null. */
    public String socialFunction() {
        return socialFunction;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public MemberDetails details() {
        return new MemberDetails(accountId, personName, organisationId, disciplineCode, roles(), mandate, taskPackage,
                reachability(), socialFunction);
    }
}
