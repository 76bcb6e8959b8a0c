package nl.hecht.network.internal.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import nl.hecht.network.NodeRef;
import nl.hecht.shared.DomainException;

/** A line drawn by hand in a joint session (R258): between two players, what kind, and a note. */
@Embeddable
public record DrawnLine(@Column(name = "from_node", nullable = false, length = 80) String fromNode,
        @Column(name = "to_node", nullable = false, length = 80) String toNode,
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 20) LineKind kind,
        @Column(name = "note", length = 1000) String note) {

    public DrawnLine {
        if (fromNode == null || toNode == null) {
            throw new DomainException("analysis.error.line-ends");
        }
        if (fromNode.equals(toNode)) {
            throw new DomainException("analysis.error.line-same");
        }
        if (kind == null) {
            throw new DomainException("analysis.error.line-kind");
        }
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > 1000) {
            throw new DomainException("analysis.error.too-long");
        }
    }

    public static DrawnLine of(NodeRef from, NodeRef to, LineKind kind, String note) {
        return new DrawnLine(from.toString(), to.toString(), kind, note);
    }

    public NodeRef from() {
        return NodeRef.parse(fromNode);
    }

    public NodeRef to() {
        return NodeRef.parse(toNode);
    }
}
