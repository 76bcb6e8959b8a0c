package nl.hecht.network.internal.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which lines one would expect between players, by their categories, and which of them are missing (R258: "welke
 * lijnen ontbreken nog"). The pairs follow the core composition of seed 000 (GP, district nurse, pharmacist and the
 * social domain work together), its usual widening (mental health, elderly care), the thematic networks of seed 001
 * (first 1000 days, youth, school) and the informal network of seed 004 (the social team and welfare with key
 * figures, associations, residents' initiatives and the Huis van de Wijk; the municipality with the social team).
 * Pure: no database.
 */
public final class ExpectedLines {

    /** An expected pair of categories (order does not matter). */
    public record Expectation(String a, String b) {

        boolean matches(String x, String y) {
            return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
        }
    }

    /** A pair of players one would expect to be connected that are not; {@code wished} when a session wants it. */
    public record MissingLine(AnalysisNode from, AnalysisNode to, boolean wished) {
    }

    public static final List<Expectation> DEFAULT = List.of(
            // the core composition (seed 000): everyone with everyone
            new Expectation("GP_PRACTICE", "SOCIAL_TEAM"),
            new Expectation("GP_PRACTICE", "PHARMACY"),
            new Expectation("GP_PRACTICE", "HOME_CARE"),
            new Expectation("HOME_CARE", "SOCIAL_TEAM"),
            new Expectation("HOME_CARE", "PHARMACY"),
            new Expectation("PHARMACY", "SOCIAL_TEAM"),
            // the usual widening
            new Expectation("GP_PRACTICE", "MENTAL_HEALTH"),
            new Expectation("GP_PRACTICE", "ELDERLY_CARE"),
            new Expectation("HOME_CARE", "ELDERLY_CARE"),
            new Expectation("SOCIAL_TEAM", "WELFARE"),
            new Expectation("SOCIAL_TEAM", "MENTAL_HEALTH"),
            // thematic networks (seed 001)
            new Expectation("MIDWIFERY", "YOUTH_HEALTH"),
            new Expectation("GP_PRACTICE", "MIDWIFERY"),
            new Expectation("YOUTH_HEALTH", "SOCIAL_TEAM"),
            new Expectation("SCHOOL", "YOUTH_HEALTH"),
            new Expectation("SCHOOL", "SOCIAL_TEAM"),
            // the informal network (seed 004, R210, R257)
            new Expectation("SOCIAL_TEAM", PlayerKind.KEY_FIGURE.name()),
            new Expectation("SOCIAL_TEAM", PlayerKind.RELIGIOUS_COMMUNITY.name()),
            new Expectation("SOCIAL_TEAM", PlayerKind.ASSOCIATION.name()),
            new Expectation("SOCIAL_TEAM", PlayerKind.RESIDENTS_INITIATIVE.name()),
            new Expectation("SOCIAL_TEAM", PlayerKind.COMMUNITY_CENTRE.name()),
            new Expectation("SOCIAL_TEAM", PlayerKind.MUNICIPALITY.name()),
            new Expectation("WELFARE", PlayerKind.RESIDENTS_INITIATIVE.name()),
            new Expectation("WELFARE", PlayerKind.COMMUNITY_CENTRE.name()));

    private ExpectedLines() {
    }

    /**
     * The pairs of the given players whose categories are expected to be connected, but that no existing line
     * connects. Only players that are part of the network count. Ordered by the names of the two ends.
     *
     * @param existing pairs connected by a derived line or by a drawn line that exists (works together, bottleneck)
     * @param wished pairs a session marked as "wants to work together"
     */
    public static List<MissingLine> missing(Collection<AnalysisNode> nodes, Set<NodePair> existing,
            Set<NodePair> wished, List<Expectation> expectations) {
        List<AnalysisNode> players = nodes.stream().filter(AnalysisNode::inNetwork)
                .sorted(Comparator.comparing(AnalysisNode::label, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(node -> node.ref().toString()))
                .toList();
        Map<String, Boolean> seen = new java.util.HashMap<>();
        List<MissingLine> missing = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) {
            for (int j = i + 1; j < players.size(); j++) {
                AnalysisNode a = players.get(i);
                AnalysisNode b = players.get(j);
                NodePair pair = NodePair.of(a.ref(), b.ref());
                if (seen.putIfAbsent(pair.toString(), true) != null || existing.contains(pair)) {
                    continue;
                }
                if (expectations.stream().anyMatch(e -> e.matches(a.category(), b.category()))) {
                    missing.add(new MissingLine(a, b, wished.contains(pair)));
                }
            }
        }
        return missing;
    }
}
