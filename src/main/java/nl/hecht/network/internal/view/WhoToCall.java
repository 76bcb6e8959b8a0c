package nl.hecht.network.internal.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.hecht.network.NetworkId;
import nl.hecht.network.internal.network.ContactPoint;

/**
 * The "wie bel ik" page: the network's name for the title, its contact point (R054, R092) and its current members
 * grouped by discipline; {@code showsTasks} says whether the members' task packages and mandates are shown (R046,
 * R048: to the members of the network and who coordinates or manages it).
 */
public record WhoToCall(NetworkId id, String networkName, Map<String, List<MemberView>> groups,
        Optional<ContactPoint> contactPoint, boolean showsTasks) {
}
