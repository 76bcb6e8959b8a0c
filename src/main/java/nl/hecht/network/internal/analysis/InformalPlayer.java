package nl.hecht.network.internal.analysis;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.hecht.network.NetworkId;
import nl.hecht.network.NodeRef;
import nl.hecht.shared.DomainException;

/**
 * A player of the informal network that a network adds to its analysis by hand (R210, R257): a church, a
 * playground association, a Huis van de Wijk, the municipality, residents. Names an organisation or a role, never a
 * client. May later point to an entry of the sociale kaart ({@code directoryEntryId}).
 */
@Entity
@Table(name = "network_analysis_player")
class InformalPlayer {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false, updatable = false)
    private NetworkId networkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PlayerKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 1000)
    private String description;

    @Column(name = "directory_entry_id")
    private UUID directoryEntryId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private Long version;

    protected InformalPlayer() {
    }

    public InformalPlayer(NetworkId network, PlayerKind kind, String name, String description, UUID directoryEntryId,
            Instant now) {
        if (kind == null) {
            throw new DomainException("analysis.error.player-kind");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new DomainException("analysis.error.player-name");
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > 1000) {
            throw new DomainException("analysis.error.too-long");
        }
        this.id = UUID.randomUUID();
        this.networkId = network;
        this.kind = kind;
        this.name = trimmed;
        this.description = text;
        this.directoryEntryId = directoryEntryId;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public NodeRef ref() {
        return NodeRef.player(id);
    }

    public NetworkId network() {
        return networkId;
    }

    public PlayerKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public UUID directoryEntryId() {
        return directoryEntryId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
