package nl.hecht.network.internal.view;

import java.util.List;
import java.util.Optional;

import nl.hecht.network.NetworkSummary;
import nl.hecht.network.internal.network.ContactPoint;
import nl.hecht.network.internal.network.PracticePopulation;

/**
 * What connects a network to others, for its page (issue 11): its contact point (R054, R092), the core networks it
 * works with when it is thematic and the thematic networks that work with it when it is a core network (R157), the
 * summed list sizes of the GP practices it serves (R136), and what the person may change or see of it.
 *
 * @param showsTasks whether the member list shows task packages and mandates (R046, R048)
 */
public record NetworkConnectionsView(Optional<ContactPoint> contactPoint, List<Related> worksWith,
        List<Related> workedWithBy, PracticePopulation practicePopulation, boolean canRecordRelations,
        boolean canChoosePractices, boolean showsTasks) {

    /** A related network with the note on how they work together. */
    public record Related(NetworkSummary network, String note) {
    }
}
