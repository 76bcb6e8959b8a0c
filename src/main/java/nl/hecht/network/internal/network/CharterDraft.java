package nl.hecht.network.internal.network;

import java.util.List;

import nl.hecht.network.NetworkId;

/**
 * A whole charter as its form saves it: the charter, the regional documents it builds on (R038), what each partner
 * commits (R031), the decisions per point of the organisational model (R077–R080) and the collaboration it grew out
 * of (R075, with the ended network it continues, or null).
 */
public record CharterDraft(Charter charter, List<DocumentLink> links, List<PartnerCommitment> commitments,
        List<ModelDecision> decisions, String predecessorDescription, NetworkId predecessorNetwork) {

    public CharterDraft {
        links = links == null ? List.of() : List.copyOf(links);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }
}
