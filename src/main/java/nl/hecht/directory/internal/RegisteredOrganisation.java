package nl.hecht.directory.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.Organisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.shared.DomainException;

/** An organisation in the register. */
@Entity
@Table(name = "directory_organisation")
class RegisteredOrganisation {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
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
        this.createdAt = now;
    }

    void change(NewOrganisation details) {
        this.name = details.name();
        this.type = details.type();
        this.agbCode = details.agbCode();
        this.kvkNumber = details.kvkNumber();
        this.listSize = details.listSize();
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
        return new Organisation(id(), name, type, agbCode, kvkNumber, listSize);
    }
}
