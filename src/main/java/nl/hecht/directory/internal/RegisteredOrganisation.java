package nl.hecht.directory.internal;

import java.time.Instant;
import java.util.UUID;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

import nl.hecht.directory.NewOrganisation;
import nl.hecht.identity.AccountId;
import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.shared.DomainException;

/**
 * An organisation in the register. Loaded in batches ({@link BatchSize}): indexing entries reads each one's
 * organisation, and one query per organisation made a third of the search index rebuild (bench/README.md).
 */
@Entity
@BatchSize(size = 100)
@Table(name = "directory_organisation")
public class RegisteredOrganisation {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    @FullTextField(analyzer = DutchAnalysis.DUTCH, searchAnalyzer = DutchAnalysis.DUTCH_QUERY, projectable = Projectable.YES)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationType type;

    @Column(name = "agb_code", length = 8)
    private String agbCode;

    @Column(name = "kvk_number", length = 8)
    private String kvkNumber;

    @Column(name = "list_size")
    private Integer listSize;

    @Column(name = "external_id")
    private String externalId;

    private String description;

    private String website;

    private String email;

    private String phone;

    @ElementCollection
    @CollectionTable(name = "directory_organisation_staff", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "account_id")
    private Set<UUID> staff = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private Long version;

    protected RegisteredOrganisation() {
    }

    RegisteredOrganisation(NewOrganisation command, Instant now) {
        this.id = UUID.randomUUID();
        this.name = command.name();
        this.type = command.type();
        this.agbCode = command.agbCode();
        this.kvkNumber = command.kvkNumber();
        this.listSize = command.listSize();
        this.description = command.description();
        this.website = command.website();
        this.email = command.email();
        this.phone = command.phone();
        this.createdAt = now;
    }

    void change(NewOrganisation details) {
        this.name = details.name();
        this.type = details.type();
        this.agbCode = details.agbCode();
        this.kvkNumber = details.kvkNumber();
        this.listSize = details.listSize();
        this.description = details.description();
        this.website = details.website();
        this.email = details.email();
        this.phone = details.phone();
    }

    String externalId() {
        return externalId;
    }

    void assignExternalId(String value) {
        this.externalId = value;
    }

    String name() {
        return name;
    }

    Set<AccountId> staff() {
        return staff.stream().map(AccountId::new).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    boolean hasStaff(AccountId account) {
        return staff.contains(account.value());
    }

    void addStaff(AccountId account) {
        staff.add(account.value());
    }

    void removeStaff(AccountId account) {
        staff.remove(account.value());
    }

    void changeListSize(int newListSize) {
        if (!type.hasListSize() || newListSize < 0) {
            throw new DomainException("organisation.error.list-size");
        }
        this.listSize = newListSize;
    }

    OrganisationId id() {
        return new OrganisationId(id);
    }

    Organisation toView() {
        return new Organisation(id(), name, type, agbCode, kvkNumber, listSize, externalId, description, website, email,
                phone);
    }
}
