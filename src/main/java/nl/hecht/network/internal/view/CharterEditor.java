package nl.hecht.network.internal.view;

import java.util.List;

import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.internal.network.Charter;
import nl.hecht.network.internal.network.DocumentLink;
import nl.hecht.network.internal.network.ModelDecision;
import nl.hecht.network.internal.network.PartnerCommitment;
import nl.hecht.network.internal.network.Predecessor;

/**
 * What the charter form shows: the network's charter as it is, and the ended networks of its region it may say it
 * grew out of (R075).
 */
public record CharterEditor(NetworkId id, String name, Charter charter, List<DocumentLink> documentLinks,
        List<PartnerCommitment> commitments, List<ModelDecision> decisions, Predecessor predecessor,
        List<NetworkSummary> endedNetworks) {
}
