package nl.hecht.network.internal.network;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import nl.hecht.network.NetworkId;
import nl.hecht.shared.DomainException;

/**
 * A core network a thematic network works with (R157, seed 001 question A: "hoe verhouden bestaande teams zich tot de
 * kernteams?"), with a short note on how. Part of the thematic {@link Network}.
 */
@Embeddable
public record NetworkRelation(@Column(name = "related_network_id", nullable = false) UUID relatedNetworkId,
        @Column(name = "note", length = 500) String note) {

    public NetworkRelation {
        if (relatedNetworkId == null) {
            throw new DomainException("network.error.relation-unknown");
        }
        note = Texts.blankToNull(note);
        if (note != null && note.length() > 500) {
            throw new DomainException("network.error.relation-note");
        }
    }

    public static NetworkRelation with(NetworkId network, String note) {
        return new NetworkRelation(network.value(), note);
    }

    public NetworkId related() {
        return new NetworkId(relatedNetworkId);
    }
}
