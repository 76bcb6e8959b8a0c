package nl.hecht.network.internal.analysis;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.Organisations;
import nl.hecht.identity.AccountId;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NodeRef;
import nl.hecht.network.internal.discipline.Disciplines;
import nl.hecht.shared.DomainException;

/**
 * Records what a network adds to its analysis by hand: informal players and joint sessions with their drawn lines.
 * Checks the data, not the person: {@link NetworkAnalysis} checks who may do it first.
 */
@Service
@Transactional
public class AnalysisRecords {

    private final InformalPlayerRepository players;
    private final AnalysisSessionRepository sessions;
    private final Organisations organisations;
    private final Disciplines disciplines;
    private final AnalysisNodes nodes;
    private final Clock clock;

    AnalysisRecords(InformalPlayerRepository players, AnalysisSessionRepository sessions, Organisations organisations,
            Disciplines disciplines, AnalysisNodes nodes, Clock clock) {
        this.players = players;
        this.sessions = sessions;
        this.organisations = organisations;
        this.disciplines = disciplines;
        this.nodes = nodes;
        this.clock = clock;
    }

    public UUID addPlayer(NetworkId network, PlayerKind kind, String name, String description) {
        boolean duplicate = players.findByNetworkIdOrderByName(network).stream()
                .anyMatch(player -> name != null && player.name().equalsIgnoreCase(name.strip()));
        if (duplicate) {
            throw new DomainException("analysis.error.player-duplicate");
        }
        return players.save(new InformalPlayer(network, kind, name, description, null, clock.instant())).id();
    }

    /** Removes a player; lines drawn to it stay with their session but leave the current picture. */
    public void removePlayer(NetworkId network, UUID player) {
        InformalPlayer found = players.findById(player).filter(p -> p.network().equals(network))
                .orElseThrow(() -> new DomainException("analysis.error.player-unknown"));
        players.delete(found);
    }

    /** Records a joint session; every end of every line must be a player of this network, an organisation or a discipline. */
    public UUID recordSession(NetworkId network, SessionDetails details, List<DrawnLine> lines, AccountId recordedBy) {
        Set<String> ownPlayers = new HashSet<>();
        players.findByNetworkIdOrderByName(network).forEach(player -> ownPlayers.add(player.id().toString()));
        for (DrawnLine line : lines) {
            for (NodeRef end : List.of(line.from(), line.to())) {
                boolean known = switch (end.kind()) {
                    case PLAYER -> ownPlayers.contains(end.key());
                    case DISCIPLINE -> disciplines.catalogue().exists(end.key());
                    case ORGANISATION -> organisations.find(new OrganisationId(UUID.fromString(end.key()))).isPresent();
                    case ENTRY -> nodes.isInitiative(end);
                };
                if (!known) {
                    throw new DomainException("analysis.error.line-ends");
                }
            }
        }
        return sessions.save(new AnalysisSession(network, details, lines, recordedBy, clock.instant())).id();
    }

    /** Removes a session that was recorded by mistake, with its lines. */
    public void removeSession(NetworkId network, UUID session) {
        AnalysisSession found = sessions.findById(session).filter(s -> s.network().equals(network))
                .orElseThrow(() -> new DomainException("analysis.error.session-unknown"));
        sessions.delete(found);
    }

    /** The network's sessions, oldest first. */
    public List<AnalysisSession> sessions(NetworkId network) {
        return sessions.findByNetworkIdOrderByHeldOnAscRecordedAtAsc(network);
    }

    public boolean hasAnything(NetworkId network) {
        return !players.findByNetworkIdOrderByName(network).isEmpty()
                || !sessions.findByNetworkIdOrderByHeldOnAscRecordedAtAsc(network).isEmpty();
    }
}
