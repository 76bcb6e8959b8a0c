package nl.hecht.network.internal.network;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The collaboration the network grew out of (R075, seed 000: "aan te sluiten op samenwerkingen die al bestaan in een
 * wijk"), for example an earlier GP–wijkteam overleg: a description, and optionally the ended network of the same
 * region it continues ({@link Network#growOutOf}).
 */
@Embeddable
public record Predecessor(@Column(name = "predecessor_description", length = Charter.NOTE) String description,
        @Column(name = "predecessor_network_id") UUID network) {

    public static final Predecessor NONE = new Predecessor(null, null);

    public Predecessor {
        description = Charter.note(description);
    }

    public boolean isEmpty() {
        return description == null && network == null;
    }
}
