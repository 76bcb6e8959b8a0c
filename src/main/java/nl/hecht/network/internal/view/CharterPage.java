package nl.hecht.network.internal.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkLabel;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.NetworkTheme;
import nl.hecht.network.OrganisationalModel;
import nl.hecht.network.OrganisationalModel.Checkpoint;
import nl.hecht.network.OrganisationalModel.Decision;
import nl.hecht.network.internal.network.Charter;
import nl.hecht.network.internal.network.DocumentLink;
import nl.hecht.network.internal.network.ModelDecision;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.PartnerCommitment;

/**
 * The readable charter of a network (page and PDF, R144): the charter with its structured parts, the documents it
 * builds on, the partners' commitment, the organisational model with its points and what was decided, and the
 * collaboration it grew out of; what is still missing; whether the person may change it. Copied while the
 * transaction is open.
 */
public record CharterPage(NetworkId id, String name, String regionName, NetworkLabel label, NetworkKind kind,
        NetworkTheme theme, NetworkStatus status, LocalDate statusSince, Charter charter,
        List<DocumentLink> documentLinks, List<PartnerCommitment> commitments, List<CheckpointView> checkpoints,
        String predecessorDescription, Optional<NetworkSummary> predecessorNetwork, List<Charter.Part> missingParts,
        boolean canEdit, LocalDate today) {

    /** One point of the organisational model: whether it matters for the chosen model, and what was decided. */
    public record CheckpointView(Checkpoint checkpoint, boolean applies, Decision decision, String note) {
    }

    /** Whether the charter says anything at all. */
    public boolean isEmpty() {
        return charter.isEmpty() && documentLinks.isEmpty() && commitments.isEmpty() && predecessorDescription == null
                && predecessorNetwork.isEmpty() && checkpoints.stream().allMatch(point -> point.decision() == Decision.OPEN
                        && point.note() == null);
    }

    /** The total hours per month the partners give, when any gave a number. */
    public Optional<Integer> totalHoursPerMonth() {
        List<Integer> hours = commitments.stream().map(PartnerCommitment::hoursPerMonth)
                .filter(value -> value != null).toList();
        return hours.isEmpty() ? Optional.empty() : Optional.of(hours.stream().mapToInt(Integer::intValue).sum());
    }

    /** The points of the model that matter and are not settled yet (R080: the cartel prohibition among them). */
    public List<Checkpoint> openCheckpoints() {
        return checkpoints.stream().filter(point -> point.applies() && point.decision() == Decision.OPEN)
                .map(CheckpointView::checkpoint).toList();
    }

    /** R080: the cartel prohibition matters for every collaboration; warn while it has not been talked about. */
    public boolean cartelOpen() {
        return openCheckpoints().contains(Checkpoint.CARTEL);
    }

    static List<CheckpointView> checkpoints(Network network) {
        OrganisationalModel model = network.charter().model();
        List<CheckpointView> views = new ArrayList<>();
        for (Checkpoint checkpoint : Checkpoint.values()) {
            ModelDecision decision = network.decisionOn(checkpoint);
            boolean applies = checkpoint.appliesTo(model);
            if (applies || decision.decision() != Decision.OPEN || decision.note() != null) {
                views.add(new CheckpointView(checkpoint, applies, decision.decision(), decision.note()));
            }
        }
        return views;
    }
}
