package nl.hecht.network;

import java.util.List;
import java.util.Objects;

/**
 * A line between two players of a network analysis that follows from what Hecht already knows (R257, R258), as a
 * {@link CollaborationEvidence} reports it. Carries counts and names of networks, agreements or meetings only: never
 * anything about a client.
 *
 * @param from one end (the order does not matter)
 * @param to the other end
 * @param basisKey the message key that says what the line is based on ("samen in een ander netwerk")
 * @param count how often: shared networks, agreements, meetings attended together, shared cases (a number only)
 * @param context short names that explain the line (e.g. the networks they sit in together), may be empty
 */
public record DerivedLine(NodeRef from, NodeRef to, String basisKey, int count, List<String> context) {

    public DerivedLine {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(basisKey, "basisKey");
        if (from.equals(to)) {
            throw new IllegalArgumentException("a line needs two different ends");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count");
        }
        context = context == null ? List.of() : List.copyOf(context);
    }
}
