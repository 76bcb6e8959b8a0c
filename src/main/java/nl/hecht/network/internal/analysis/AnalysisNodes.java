package nl.hecht.network.internal.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.hecht.directory.EntryKind;
import nl.hecht.directory.InitiativeSummary;
import nl.hecht.directory.Organisation;
import nl.hecht.directory.ServiceId;
import nl.hecht.directory.SocialMap;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.Organisations;
import nl.hecht.network.NodeRef;
import nl.hecht.network.internal.discipline.DisciplineCatalogue;
import nl.hecht.network.internal.discipline.Disciplines;
import nl.hecht.network.internal.network.Member;
import nl.hecht.network.internal.network.Network;

/**
 * Where the players of a network's analysis come from: the one place that gathers them, and names any other end a
 * line may have. Today: the organisations of the current members (from the directory's register), the disciplines
 * of current members who sit without an organisation, the informal players the network added by hand, and the
 * community initiatives of the sociale kaart that serve the network's area (R071–R073, R210): those are not part of
 * the network, so they count for no expected line, but a joint session can draw lines to them and the graph then
 * shows them.
 */
@Component
class AnalysisNodes {

    private final Organisations organisations;
    private final Disciplines disciplines;
    private final SocialMap socialMap;

    AnalysisNodes(Organisations organisations, Disciplines disciplines, SocialMap socialMap) {
        this.organisations = organisations;
        this.disciplines = disciplines;
        this.socialMap = socialMap;
    }

    /** The players that are part of the network, by reference, in a stable order (organisations, disciplines, players). */
    Map<NodeRef, AnalysisNode> candidates(Network network, List<InformalPlayer> players, LocalDate today,
            Locale locale) {
        List<Member> members = network.currentMembers(today);
        Set<OrganisationId> organisationIds = new LinkedHashSet<>();
        Set<String> disciplinesWithoutOrganisation = new LinkedHashSet<>();
        for (Member member : members) {
            if (member.organisationId() != null) {
                organisationIds.add(new OrganisationId(member.organisationId()));
            } else {
                disciplinesWithoutOrganisation.add(member.disciplineCode());
            }
        }
        Map<NodeRef, AnalysisNode> nodes = new LinkedHashMap<>();
        organisations.findAll(organisationIds).values().stream()
                .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(organisation -> put(nodes, organisationNode(organisation, true)));
        DisciplineCatalogue catalogue = disciplines.catalogue();
        catalogue.all().stream().filter(discipline -> disciplinesWithoutOrganisation.contains(discipline.code()))
                .forEach(discipline -> put(nodes, new AnalysisNode(NodeRef.discipline(discipline.code()),
                        discipline.name(locale), AnalysisNode.DISCIPLINE, true)));
        players.forEach(player -> put(nodes, playerNode(player)));
        socialMap.initiativesServing(network.serviceArea())
                .forEach(initiative -> put(nodes, initiativeNode(initiative)));
        return nodes;
    }

    /** An initiative of the sociale kaart, shown as the kind of informal player its category comes closest to. */
    static AnalysisNode initiativeNode(InitiativeSummary initiative) {
        PlayerKind kind = switch (initiative.categoryCode()) {
            case "sleutelfiguur" -> PlayerKind.KEY_FIGURE;
            case "vereniging", "bewegen" -> PlayerKind.ASSOCIATION;
            case "ontmoeting" -> PlayerKind.COMMUNITY_CENTRE;
            default -> PlayerKind.RESIDENTS_INITIATIVE;
        };
        return new AnalysisNode(NodeRef.entry(initiative.id()), initiative.name(), kind.name(), false);
    }

    /** Whether the entry is a community initiative of the sociale kaart. */
    boolean isInitiative(NodeRef ref) {
        return ref.kind() == NodeRef.Kind.ENTRY && socialMap.find(ServiceId.parse(ref.key()))
                .filter(entry -> entry.details().kind() == EntryKind.INITIATIVE).isPresent();
    }

    /**
     * Names the ends of lines that are not part of the network (an organisation of the register outside it, any
     * discipline of the list); ends that no longer exist (a removed player, an unknown organisation) stay absent.
     */
    Map<NodeRef, AnalysisNode> resolve(Set<NodeRef> refs, Locale locale) {
        Map<NodeRef, AnalysisNode> nodes = new LinkedHashMap<>();
        List<OrganisationId> ids = new ArrayList<>();
        for (NodeRef ref : refs) {
            if (ref.kind() == NodeRef.Kind.ORGANISATION) {
                ids.add(ref.organisationId());
            } else if (ref.kind() == NodeRef.Kind.ENTRY) {
                socialMap.find(ServiceId.parse(ref.key())).ifPresent(entry -> put(nodes, initiativeNode(
                        new InitiativeSummary(entry.id(), entry.details().name(), entry.details().categoryCode(),
                                entry.details().organiser(), entry.organisation().id(), entry.details().neighbourhoods()))));
            } else if (ref.kind() == NodeRef.Kind.DISCIPLINE) {
                disciplines.catalogue().find(ref.key()).ifPresent(discipline -> put(nodes,
                        new AnalysisNode(ref, discipline.name(locale), AnalysisNode.DISCIPLINE, false)));
            }
        }
        if (!ids.isEmpty()) {
            organisations.findAll(ids).values().forEach(organisation -> put(nodes, organisationNode(organisation, false)));
        }
        return nodes;
    }

    /** Every organisation of the register, for the ends one may draw a line to. */
    List<AnalysisNode> registeredOrganisations() {
        return organisations.all().stream().map(organisation -> organisationNode(organisation, false)).toList();
    }

    /** Every discipline of the list. */
    List<AnalysisNode> allDisciplines(Locale locale) {
        return disciplines.catalogue().all().stream().map(discipline -> new AnalysisNode(
                NodeRef.discipline(discipline.code()), discipline.name(locale), AnalysisNode.DISCIPLINE, false))
                .toList();
    }

    static AnalysisNode playerNode(InformalPlayer player) {
        return new AnalysisNode(player.ref(), player.name(), player.kind().name(), true);
    }

    private static AnalysisNode organisationNode(Organisation organisation, boolean inNetwork) {
        return new AnalysisNode(NodeRef.organisation(organisation.id()), organisation.name(),
                organisation.type().name(), inNetwork);
    }

    private static void put(Map<NodeRef, AnalysisNode> nodes, AnalysisNode node) {
        nodes.putIfAbsent(node.ref(), node);
    }
}
