package nl.hecht.wijkfoto.internal;

import java.time.Instant;
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
 * What the network sees in the wijk (the qualitative wijkfoto, R196, R197): an observation or what residents said,
 * with who wrote it and when. No client data: the page says so.
 */
@Entity
@Table(name = "wijkfoto_note")
public class Note {

    static final int MAX_TEXT = 4000;

    @Id
    private UUID id;

    @Column(name = "network_id")
    private UUID networkId;

    private String text;

    @Column(name = "written_by")
    private UUID writtenBy;

    @Column(name = "written_by_name")
    private String writtenByName;

    @Column(name = "written_at")
    private Instant writtenAt;

    @Version
    private long version;

    protected Note() {
    }

    /** @throws DomainException {@code wijkfoto.note.required} or {@code wijkfoto.note.too-long} */
    static Note write(NetworkId network, String text, AccountId by, String byName, Instant at) {
        String clean = text == null ? "" : PlainText.check(text.strip());
        if (clean.isEmpty()) {
            throw new DomainException("wijkfoto.note.required");
        }
        if (clean.length() > MAX_TEXT) {
            throw new DomainException("wijkfoto.note.too-long", MAX_TEXT);
        }
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.networkId = network.value();
        note.text = clean;
        note.writtenBy = by.value();
        note.writtenByName = byName;
        note.writtenAt = at;
        return note;
    }

    public UUID id() {
        return id;
    }

    public NetworkId network() {
        return new NetworkId(networkId);
    }

    public String text() {
        return text;
    }

    public String writtenByName() {
        return writtenByName;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
