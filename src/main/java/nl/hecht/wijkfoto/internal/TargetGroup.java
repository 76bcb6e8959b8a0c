package nl.hecht.wijkfoto.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.hecht.identity.AccountId;
import nl.hecht.network.NetworkId;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.PlainText;

/**
 * A target group the network chooses from the figures of its wijkfoto (R003, seed 004), with the reason: e.g. "older
 * people living alone" because one in three households is a one-person household. A network chooses at most
 * {@value #MAX_PER_NETWORK}, each name once.
 */
@Entity
@Table(name = "wijkfoto_target_group")
public class TargetGroup {

    public static final int MAX_PER_NETWORK = 10;
    static final int MAX_NAME = 120;
    static final int MAX_REASON = 1000;

    @Id
    private UUID id;

    @Column(name = "network_id")
    private UUID networkId;

    private String name;

    private String reason;

    @Column(name = "chosen_by")
    private UUID chosenBy;

    @Column(name = "chosen_by_name")
    private String chosenByName;

    @Column(name = "chosen_at")
    private Instant chosenAt;

    @Version
    private long version;

    protected TargetGroup() {
    }

    /**
     * Chooses a target group beside the ones the network has chosen already.
     *
     * @throws DomainException {@code wijkfoto.target-group.name-required}, {@code ...reason-required},
     *         {@code ...too-long}, {@code ...duplicate} or {@code ...too-many}
     */
    static TargetGroup choose(NetworkId network, List<TargetGroup> chosen, String name, String reason,
            AccountId by, String byName, Instant at) {
        String cleanName = name == null ? "" : PlainText.check(name.strip());
        String cleanReason = reason == null ? "" : PlainText.check(reason.strip());
        if (cleanName.isEmpty()) {
            throw new DomainException("wijkfoto.target-group.name-required");
        }
        if (cleanReason.isEmpty()) {
            throw new DomainException("wijkfoto.target-group.reason-required");
        }
        if (cleanName.length() > MAX_NAME || cleanReason.length() > MAX_REASON) {
            throw new DomainException("wijkfoto.target-group.too-long");
        }
        if (chosen.stream().anyMatch(group -> group.name.toLowerCase(Locale.ROOT)
                .equals(cleanName.toLowerCase(Locale.ROOT)))) {
            throw new DomainException("wijkfoto.target-group.duplicate");
        }
        if (chosen.size() >= MAX_PER_NETWORK) {
            throw new DomainException("wijkfoto.target-group.too-many", MAX_PER_NETWORK);
        }
        TargetGroup group = new TargetGroup();
        group.id = UUID.randomUUID();
        group.networkId = network.value();
        group.name = cleanName;
        group.reason = cleanReason;
        group.chosenBy = by.value();
        group.chosenByName = byName;
        group.chosenAt = at;
        return group;
    }

    public UUID id() {
        return id;
    }

    public NetworkId network() {
        return new NetworkId(networkId);
    }

    public String name() {
        return name;
    }

    public String reason() {
        return reason;
    }

    public String chosenByName() {
        return chosenByName;
    }

    public Instant chosenAt() {
        return chosenAt;
    }
}
