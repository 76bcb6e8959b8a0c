package nl.hecht.network.internal.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.CollaborationEvidence;
import nl.hecht.network.DerivedLine;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NodeRef;
import nl.hecht.network.internal.access.NetworkAccess;
import nl.hecht.network.internal.access.NetworkPolicyNames;
import nl.hecht.network.internal.analysis.ExpectedLines.MissingLine;
import nl.hecht.network.internal.inventory.PracticeInventories.PracticeLink;
import nl.hecht.network.internal.inventory.PracticeInventories;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.Today;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/**
 * A network's analysis (R257, R258) as the person may see it: the players, the derived lines of every
 * {@link CollaborationEvidence}, the current word of the joint sessions on each pair, the expected lines that are
 * missing, and the sessions themselves. Professionals of the region read it ({@code VIEW_NETWORK}); its coordinators
 * and RESV staff change it ({@code COORDINATE_NETWORK}): 404 for who may not see the network, 403 for who may see but
 * not change.
 */
@ApplicationService
@Transactional(readOnly = true)
public class NetworkAnalysis {

    /** A line from the evidence, between two named players. */
    public record DerivedEdge(AnalysisNode from, AnalysisNode to, String basisKey, int count, List<String> context) {
    }

    /** The current word of the sessions on a pair: the latest line drawn between them. */
    public record DrawnEdge(AnalysisNode from, AnalysisNode to, LineKind kind, String note, LocalDate heldOn) {
    }

    /** A line as recorded in its session; an end that no longer exists has no name. */
    public record SessionLine(String from, String to, LineKind kind, String note) {
    }

    /** A joint session as the page shows it, with its lines. */
    public record SessionView(LocalDate heldOn, String municipalitySide, String professionalsSide,
            String residentsSide, String chances, List<SessionLine> lines) {
    }

    /** An informal player as the page shows it. */
    public record PlayerView(UUID id, PlayerKind kind, String name, String description) {

        static PlayerView of(InformalPlayer player) {
            return new PlayerView(player.id(), player.kind(), player.name(), player.description());
        }
    }

    /** @param canEdit whether the person may change the analysis (the rule of {@code COORDINATE_NETWORK}) */
    public record Picture(NetworkId networkId, String networkName, boolean canEdit, List<AnalysisNode> nodes,
            List<DerivedEdge> derived, List<DrawnEdge> drawn, List<MissingLine> missing,
            List<PlayerView> players, List<SessionView> sessions) {
    }

    /** The analysis page: the picture and the network's GP practices with their inventories (R177, R257). */
    public record AnalysisPage(Picture picture, List<PracticeLink> practices) {
    }

    /** What a line may be drawn between: the network's players, other organisations, disciplines. */
    public record Endpoints(NetworkId networkId, String networkName, List<AnalysisNode> inNetwork,
            List<AnalysisNode> organisations, List<AnalysisNode> disciplines) {
    }

    private final NetworkAccess access;
    private final NetworkRepository networks;
    private final PracticeInventories inventories;
    private final AnalysisNodes nodes;
    private final AnalysisRecords records;
    private final InformalPlayerRepository players;
    private final AnalysisSessionRepository sessions;
    private final List<CollaborationEvidence> evidence;
    private final Clock clock;

    NetworkAnalysis(NetworkAccess access, NetworkRepository networks, PracticeInventories inventories,
            AnalysisNodes nodes, AnalysisRecords records, InformalPlayerRepository players,
            AnalysisSessionRepository sessions, List<CollaborationEvidence> evidence, Clock clock) {
        this.access = access;
        this.networks = networks;
        this.inventories = inventories;
        this.nodes = nodes;
        this.records = records;
        this.players = players;
        this.sessions = sessions;
        this.evidence = List.copyOf(evidence);
        this.clock = clock;
    }

    /** The analysis page: the picture, and the network's GP practices (each with whether the person may record it). */
    @UseCase(policy = NetworkPolicyNames.VIEW_NETWORK)
    public AnalysisPage page(CurrentUser user, NetworkId id, Locale locale) {
        return new AnalysisPage(picture(user, id, locale), inventories.practicesOf(user, id));
    }

    /** The picture alone, for the graph (the same players and lines as the tables of the page). */
    @UseCase(policy = NetworkPolicyNames.VIEW_NETWORK)
    public Picture picture(CurrentUser user, NetworkId id, Locale locale) {
        Network network = network(id);
        List<InformalPlayer> own = players.findByNetworkIdOrderByName(id);
        Map<NodeRef, AnalysisNode> known = new LinkedHashMap<>(nodes.candidates(network, own, today(), locale));

        List<DerivedLine> lines = new ArrayList<>();
        evidence.forEach(source -> lines.addAll(source.linesFor(id)));
        List<AnalysisSession> held = sessions.findByNetworkIdOrderByHeldOnAscRecordedAtAsc(id);
        Map<NodePair, DrawnLine> current = new LinkedHashMap<>();
        Map<NodePair, LocalDate> drawnOn = new LinkedHashMap<>();
        Set<NodeRef> ends = new HashSet<>();
        for (DerivedLine line : lines) {
            ends.add(line.from());
            ends.add(line.to());
        }
        for (AnalysisSession session : held) {
            for (DrawnLine line : session.lines()) {
                NodePair pair = NodePair.of(line.from(), line.to());
                current.remove(pair);
                current.put(pair, line);
                drawnOn.put(pair, session.heldOn());
                ends.add(line.from());
                ends.add(line.to());
            }
        }
        ends.removeAll(known.keySet());
        nodes.resolve(ends, locale).forEach(known::putIfAbsent);

        Set<NodePair> existing = new HashSet<>();
        Set<NodePair> wished = new HashSet<>();
        List<DerivedEdge> derived = new ArrayList<>();
        for (DerivedLine line : lines) {
            AnalysisNode from = known.get(line.from());
            AnalysisNode to = known.get(line.to());
            if (from != null && to != null) {
                derived.add(new DerivedEdge(from, to, line.basisKey(), line.count(), line.context()));
                existing.add(NodePair.of(line.from(), line.to()));
            }
        }
        List<DrawnEdge> drawn = new ArrayList<>();
        current.forEach((pair, line) -> {
            AnalysisNode from = known.get(line.from());
            AnalysisNode to = known.get(line.to());
            if (from != null && to != null) {
                drawn.add(new DrawnEdge(from, to, line.kind(), line.note(), drawnOn.get(pair)));
                (line.kind().exists() ? existing : wished).add(pair);
            }
        });
        Comparator<DerivedEdge> byDerivedNames = Comparator.comparing((DerivedEdge e) -> e.from().label(),
                String.CASE_INSENSITIVE_ORDER).thenComparing(e -> e.to().label(), String.CASE_INSENSITIVE_ORDER);
        derived.sort(byDerivedNames);
        drawn.sort(Comparator.comparing((DrawnEdge e) -> e.from().label(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(e -> e.to().label(), String.CASE_INSENSITIVE_ORDER));
        List<MissingLine> missing = ExpectedLines.missing(known.values(), existing, wished, ExpectedLines.DEFAULT);

        List<SessionView> sessionViews = new ArrayList<>();
        for (int i = held.size() - 1; i >= 0; i--) {
            AnalysisSession session = held.get(i);
            sessionViews.add(new SessionView(session.heldOn(), session.municipalitySide(),
                    session.professionalsSide(), session.residentsSide(), session.chances(), session.lines().stream().map(line -> new SessionLine(
                    name(known, line.from()), name(known, line.to()), line.kind(), line.note())).toList()));
        }
        List<AnalysisNode> shown = known.values().stream()
                .filter(node -> node.inNetwork() || isEnd(node, derived, drawn)).toList();
        return new Picture(id, network.name(), access.canCoordinate(user, network), shown, derived, drawn, missing,
                own.stream().map(PlayerView::of).toList(), sessionViews);
    }

    @UseCase(policy = NetworkPolicyNames.COORDINATE_NETWORK)
    public Endpoints endpoints(CurrentUser user, NetworkId id, Locale locale) {
        Network network = network(id);
        Map<NodeRef, AnalysisNode> own = nodes.candidates(network, players.findByNetworkIdOrderByName(id),
                today(), locale);
        List<AnalysisNode> others = nodes.registeredOrganisations().stream()
                .filter(node -> !own.containsKey(node.ref())).toList();
        return new Endpoints(id, network.name(), List.copyOf(own.values()), others, nodes.allDisciplines(locale));
    }

    @Transactional
    @UseCase(policy = NetworkPolicyNames.COORDINATE_NETWORK)
    public UUID addPlayer(CurrentUser user, NetworkId id, PlayerKind kind, String name, String description) {
        return records.addPlayer(id, kind, name, description);
    }

    @Transactional
    @UseCase(policy = NetworkPolicyNames.COORDINATE_NETWORK)
    public void removePlayer(CurrentUser user, NetworkId id, UUID player) {
        records.removePlayer(id, player);
    }

    @Transactional
    @UseCase(policy = NetworkPolicyNames.COORDINATE_NETWORK)
    public UUID recordSession(CurrentUser user, NetworkId id, SessionDetails details, List<DrawnLine> lines) {
        return records.recordSession(id, details, lines, user.id());
    }

    /** The network of the call; its policy has already found it visible. */
    private Network network(NetworkId id) {
        return networks.findById(id.value()).orElseThrow(NotFoundException::new);
    }

    private static boolean isEnd(AnalysisNode node, List<DerivedEdge> derived, List<DrawnEdge> drawn) {
        return derived.stream().anyMatch(e -> e.from().equals(node) || e.to().equals(node))
                || drawn.stream().anyMatch(e -> e.from().equals(node) || e.to().equals(node));
    }

    private static String name(Map<NodeRef, AnalysisNode> known, NodeRef ref) {
        AnalysisNode node = known.get(ref);
        return node == null ? null : node.label();
    }

    private LocalDate today() {
        return Today.in(clock);
    }
}
