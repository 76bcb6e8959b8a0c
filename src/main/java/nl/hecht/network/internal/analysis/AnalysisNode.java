package nl.hecht.network.internal.analysis;

import nl.hecht.network.NodeRef;

/**
 * A player in the graph: its reference, the name shown, and its category, which is what the expected lines are
 * about: the organisation type ({@code GP_PRACTICE}, ...) for an organisation, the {@link PlayerKind} for an informal
 * player, {@code DISCIPLINE} for a discipline.
 *
 * @param inNetwork whether it is part of the network (a member organisation or discipline, or an informal player it
 *            added) rather than only an end of a line
 */
public record AnalysisNode(NodeRef ref, String label, String category, boolean inNetwork) {

    public static final String DISCIPLINE = "DISCIPLINE";
}
