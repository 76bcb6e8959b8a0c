package nl.hecht.network.internal.view;

import java.util.List;
import java.util.Map;

import nl.hecht.network.NetworkId;

/** The "wie bel ik" page: the network's name for the title and its current members grouped by discipline. */
public record WhoToCall(NetworkId id, String networkName, Map<String, List<MemberView>> groups) {
}
