package nl.hecht.network;

import java.util.Objects;
import java.util.UUID;

import nl.hecht.directory.OrganisationId;

/**
 * A player in a network analysis (R257, R258): an organisation of the register, a discipline of the managed list,
 * or an informal player the network added by hand. Written as text ({@code organisation:<uuid>},
 * {@code discipline:<code>}, {@code player:<uuid>}, or {@code entry:<uuid>} for a community initiative of the
 * sociale kaart) in forms, in the JSON of the graph and in the database.
 */
public record NodeRef(Kind kind, String key) {

    /** What kind of player it is. */
    public enum Kind {
        ORGANISATION, DISCIPLINE, PLAYER, ENTRY
    }

    public NodeRef {
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.isBlank() || key.length() > 60) {
            throw new IllegalArgumentException("node key");
        }
    }

    public static NodeRef organisation(OrganisationId id) {
        return new NodeRef(Kind.ORGANISATION, id.value().toString());
    }

    public static NodeRef discipline(String code) {
        return new NodeRef(Kind.DISCIPLINE, code);
    }

    public static NodeRef player(UUID id) {
        return new NodeRef(Kind.PLAYER, id.toString());
    }

    /** A community initiative (or other entry of the sociale basis) of the sociale kaart. */
    public static NodeRef entry(nl.hecht.directory.ServiceId id) {
        return new NodeRef(Kind.ENTRY, id.value().toString());
    }

    /** Reads the text form; throws IllegalArgumentException on anything else. */
    public static NodeRef parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("node");
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("node");
        }
        String prefix = text.substring(0, colon);
        String key = text.substring(colon + 1);
        return switch (prefix) {
            case "organisation" -> new NodeRef(Kind.ORGANISATION, UUID.fromString(key).toString());
            case "player" -> new NodeRef(Kind.PLAYER, UUID.fromString(key).toString());
            case "entry" -> new NodeRef(Kind.ENTRY, UUID.fromString(key).toString());
            case "discipline" -> {
                if (!key.matches("[A-Z0-9_]{1,40}")) {
                    throw new IllegalArgumentException("node");
                }
                yield new NodeRef(Kind.DISCIPLINE, key);
            }
            default -> throw new IllegalArgumentException("node");
        };
    }

    /** The organisation's id, when this is an organisation. */
    public OrganisationId organisationId() {
        return kind == Kind.ORGANISATION ? OrganisationId.parse(key) : null;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + key;
    }
}
