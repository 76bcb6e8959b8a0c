package nl.hecht.network.internal.analysis;

import nl.hecht.network.NodeRef;

/** Two players without direction: a line between A and B is the line between B and A. */
record NodePair(NodeRef first, NodeRef second) {

    public static NodePair of(NodeRef a, NodeRef b) {
        return a.toString().compareTo(b.toString()) <= 0 ? new NodePair(a, b) : new NodePair(b, a);
    }
}
