package nl.hecht.network;

import java.util.List;

/**
 * A source of derived lines for the network analysis (R257, R258): each Spring bean of this type says which players
 * of a network demonstrably work together, and how often. The analysis collects the lines of all such beans and
 * draws them solid; pairs the beans and the joint sessions leave unconnected, where the organisation types would lead
 * one to expect a line, are shown as missing.
 * <p>
 * The network module brings the first one (shared membership of overlapping networks). Later modules add theirs
 * without the network module knowing them: agreements (the parties of a collaboration agreement), meetings
 * (organisations whose people attended the same meetings) and care (the number of cases two organisations share,
 * as a count only, never which clients). An implementation must be cheap for one network and return no personal data.
 */
public interface CollaborationEvidence {

    /** The lines this source knows for the network; empty when none. Both ends are organisations or disciplines. */
    List<DerivedLine> linesFor(NetworkId network);
}
