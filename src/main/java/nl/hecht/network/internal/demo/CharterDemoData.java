package nl.hecht.network.internal.demo;

import static nl.hecht.network.OrganisationalModel.Checkpoint.CARTEL;
import static nl.hecht.network.OrganisationalModel.Checkpoint.COMMITMENT;
import static nl.hecht.network.OrganisationalModel.Checkpoint.IN_WRITING;
import static nl.hecht.network.OrganisationalModel.Checkpoint.OWN_LIABILITY;
import static nl.hecht.network.OrganisationalModel.Checkpoint.STAFF;
import static nl.hecht.network.OrganisationalModel.Checkpoint.TERMINATION;
import static nl.hecht.network.OrganisationalModel.Checkpoint.VAT;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.OrganisationalModel;
import nl.hecht.network.OrganisationalModel.Decision;
import nl.hecht.network.internal.network.Charter;
import nl.hecht.network.internal.network.CharterDraft;
import nl.hecht.network.internal.network.ModelDecision;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.network.PartnerCommitment;
import nl.hecht.network.internal.network.TeamFocus;
import nl.hecht.network.internal.network.TeamFocus.Domain;
import nl.hecht.network.internal.network.TeamFocus.Focus;
import nl.hecht.network.internal.network.TeamFocus.Phase;
import nl.hecht.network.internal.network.TeamFocus.Representation;
import nl.hecht.network.internal.network.TeamPosition;
import nl.hecht.network.internal.network.TeamPosition.Budget;
import nl.hecht.network.internal.network.TeamPosition.Hours;
import nl.hecht.network.internal.network.TeamWork;
import nl.hecht.network.internal.network.TeamWork.Loket;
import nl.hecht.network.internal.network.TeamWork.Work;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionManagement;
import nl.hecht.shared.demo.DemoData;

/**
 * Charters with structure for the demo networks of Regio Voorbeeld (issue 11, seed 001 questions A–D, seed 000's
 * organisational model): Wijkverband Oost (the demo coordinator's) has a full one, with what each partner commits,
 * the decisions on the model's points and the GP–wijkteam overleg it grew out of; the other core networks get their
 * phase, domains and way of working; every thematic network a charter that fits its theme (also thematic networks
 * other demo data adds, such as a school team or a GGZ network). Runs after the other network demo data and only
 * fills a charter that has no structured parts yet, through the same domain method as the charter form.
 */
@Component
class CharterDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(CharterDemoData.class);
    private static final String OOST = "Wijkverband Oost";

    private final RegionManagement regions;
    private final NetworkManagement networks;

    CharterDemoData(RegionManagement regions, NetworkManagement networks) {
        this.regions = regions;
        this.networks = networks;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    @Transactional
    public void load() {
        Optional<Region> region = regions.regions().stream()
                .filter(r -> r.name().equals(NetworkDemoData.REGION)).findFirst();
        if (region.isEmpty()) {
            return;
        }
        int count = 0;
        for (Network network : networks.networksIn(region.get().id())) {
            if (network.status() == NetworkStatus.ENDED || !network.charter().focus().isEmpty()
                    || !network.commitments().isEmpty()) {
                continue;
            }
            networks.recordCharter(network.id(), draft(network));
            count++;
        }
        if (count > 0) {
            log.info("Demo charters recorded for {} networks", count);
        }
    }

    private static CharterDraft draft(Network network) {
        if (network.name().equals(OOST)) {
            return oost(network);
        }
        Charter charter = network.kind() == NetworkKind.CORE ? core(network) : thematic(network);
        return new CharterDraft(charter, network.documentLinks(), List.of(), decisions(charter.model()), null, null);
    }

    /** The demo coordinator's network: every part filled in, so the page and the PDF show all of it. */
    private static CharterDraft oost(Network network) {
        Charter before = network.charter();
        Charter charter = new Charter(
                or(before.purpose(), "Wij zijn de professionals van Wijkverband Oost: samen zorgen wij dat inwoners met "
                        + "meerdere vragen één aanspreekpunt hebben en snel de juiste hulp krijgen."),
                or(before.answerA(), "We zijn begonnen met elkaar leren kennen; nu stemmen we af en willen we voor "
                        + "kwetsbare ouderen één plan maken."),
                or(before.answerB(), "Een vaste samenstelling voor twee jaar; wisselingen melden we in het "
                        + "netwerkoverleg."),
                or(before.answerC(), "Casuïstiek (MDO) en een wijkspecifiek zorgpad voor kwetsbare ouderen."),
                or(before.answerD(), "Lessen delen we in het bestaande overleg; wat we in de wijk niet oplossen, "
                        + "brengen we naar de gebiedsmanager van het RESV."),
                OrganisationalModel.AGREEMENT,
                new TeamFocus(Phase.ALIGNING, Set.of(Focus.CASES, Focus.TARGET_GROUP),
                        "Eerst kwetsbare ouderen die thuis wonen; daarna gezinnen met vragen op meerdere gebieden.",
                        Set.of(Domain.ELDERLY, Domain.GGZ),
                        "GGZ omdat veel ouderen in Oost eenzaam zijn of somber; jeugd laten we aan het 1000-dagennetwerk.",
                        "Het netwerk 1000 dagen Centrum-Noord werkt voor de jongste kinderen; we stemmen twee keer per "
                                + "jaar af. Het ouderenteam De Linde en Het Anker bespreekt de patiënten van die "
                                + "praktijken; wij nemen hun signalen over.",
                        Set.of(Representation.SEAT_PER_DISCIPLINE, Representation.EXPERT_FOR_PROFESSION),
                        "De praktijkondersteuner spreekt voor alle huisartsen van Oost; de voorzitter wisselt per jaar."),
                new TeamPosition(Budget.PLANNED, Set.of(Hours.OWN_ORGANISATION),
                        "We vragen in 2027 een teambudget aan bij de gemeente en de zorgverzekeraar."),
                new TeamWork(Set.of(Work.CASE_DISCUSSION, Work.CARE_COORDINATION, Work.RENEWAL, Work.PREVENTION),
                        Loket.VIA_MEMBERS, "Inwoners melden zich bij hun huisarts, de wijkverpleging of het "
                                + "buurtteam; die brengt de vraag in het MDO."),
                Set.of());
        List<PartnerCommitment> commitments = List.of(
                new PartnerCommitment("Huisartsenpraktijk De Linde", "Zit het maandelijkse MDO voor en brengt "
                        + "kwetsbare ouderen in.", 4),
                new PartnerCommitment("Wijkverpleging Samen", "Casusregie bij kwetsbare ouderen die thuis wonen.", 8),
                new PartnerCommitment("Buurtteam Voorbeeld", "Sociaal werk en de verbinding met het Huis van de Wijk.",
                        6),
                new PartnerCommitment("GGZ Voorbeeld", "Consultatie in het MDO, één keer per maand.", 2));
        List<ModelDecision> decisions = List.of(
                new ModelDecision(IN_WRITING, Decision.AGREED, "De samenwerkingsovereenkomst is in maart getekend."),
                new ModelDecision(STAFF, Decision.AGREED, "Iedereen blijft in dienst van de eigen organisatie."),
                new ModelDecision(OWN_LIABILITY, Decision.AGREED, "Staat in artikel 6 van de overeenkomst."),
                new ModelDecision(VAT, Decision.NOT_APPLICABLE, "We leveren elkaar geen diensten tegen betaling."),
                new ModelDecision(CARTEL, Decision.AGREED, "We delen geen prijzen of wachtlijsten per aanbieder, "
                        + "alleen of er plek is."),
                new ModelDecision(TERMINATION, Decision.AGREED, "Opzeggen kan per kwartaal, met drie maanden "
                        + "opzegtermijn."),
                new ModelDecision(COMMITMENT, Decision.OPEN, "Bespreken we bij de evaluatie na een jaar."));
        return new CharterDraft(charter, network.documentLinks(), commitments, decisions,
                "Het huisartsen-wijkteamoverleg Oost: sinds 2019 overlegden de huisartsen van De Linde elke maand "
                        + "met het buurtteam. Het wijkverband bouwt daarop voort.", null);
    }

    /** A core network: its phase, the domains, equal seats and the MDO; the free answers it had stay. */
    private static Charter core(Network network) {
        Charter before = network.charter();
        boolean forming = network.status() == NetworkStatus.IN_FORMATION;
        return new Charter(
                or(before.purpose(), "Wij zijn de professionals van " + network.name() + ": samen zorgen wij dat "
                        + "inwoners met meerdere vragen snel de juiste hulp krijgen."),
                before.answerA(), before.answerB(), before.answerC(), before.answerD(),
                forming ? null : OrganisationalModel.NONE,
                new TeamFocus(forming ? Phase.GETTING_ACQUAINTED : Phase.ALIGNING,
                        forming ? Set.of(Focus.WORK_AREA) : Set.of(Focus.CASES, Focus.WORK_AREA), null,
                        Set.of(Domain.ELDERLY, Domain.GGZ, Domain.YOUTH), null,
                        forming ? null : "De thematische netwerken in de wijk schuiven aan als het over hun doelgroep "
                                + "gaat.",
                        Set.of(Representation.SEAT_PER_DISCIPLINE), null),
                new TeamPosition(Budget.NONE, Set.of(Hours.OWN_ORGANISATION), null),
                new TeamWork(forming ? Set.of() : Set.of(Work.CASE_DISCUSSION, Work.CARE_COORDINATION),
                        forming ? null : Loket.VIA_MEMBERS, null),
                Set.of());
    }

    /** A thematic network: a charter that fits its theme. */
    private static Charter thematic(Network network) {
        Charter before = network.charter();
        String theme = network.theme() == null ? "OTHER" : network.theme().name();
        boolean ggz = theme.equals("GGZ") || network.name().toUpperCase(java.util.Locale.ROOT).contains("GGZ");
        return switch (ggz ? "GGZ" : theme) {
            case "FIRST_1000_DAYS" -> new Charter(
                    or(before.purpose(), "Elk kind in Centrum en Noord krijgt een goede start: wij signaleren vroeg en "
                            + "zorgen dat (aanstaande) ouders weten waar ze terechtkunnen."),
                    before.answerA(), before.answerB(), before.answerC(), before.answerD(), OrganisationalModel.NONE,
                    new TeamFocus(Phase.INTEGRATING, Set.of(Focus.TARGET_GROUP), "Zwangeren en gezinnen met kinderen "
                            + "tot twee jaar.", Set.of(Domain.YOUTH), null,
                            "Wij werken naast de wijkverbanden Centrum en Noord: hun huisartsen en buurtteams zijn onze "
                                    + "vaste partners. Signalen over oudere kinderen gaan naar het jeugdnetwerk.",
                            Set.of(Representation.SEAT_PER_DISCIPLINE, Representation.ROTATING_CHAIR), null),
                    new TeamPosition(Budget.YES, Set.of(Hours.OWN_ORGANISATION, Hours.PROJECT_FUNDS),
                            "Kansrijke Start-middelen van de gemeente, beheerd door de JGZ, voor de inloopochtenden."),
                    new TeamWork(Set.of(Work.PREVENTION, Work.CARE_COORDINATION, Work.THEMATIC), Loket.OWN_LOKET,
                            "Inloopochtend elke dinsdag van 9 tot 11 uur op het consultatiebureau Centrum."),
                    Set.of());
            case "YOUTH", "SCHOOL_TEAM" -> new Charter(
                    or(before.purpose(), "Kinderen en jongeren groeien veilig en gezond op: wij zien zorgen vroeg, "
                            + "op school en in de wijk, en pakken ze samen op."),
                    before.answerA(), before.answerB(), before.answerC(), before.answerD(), OrganisationalModel.NONE,
                    new TeamFocus(Phase.ALIGNING, Set.of(Focus.TARGET_GROUP, Focus.CASES),
                            theme.equals("SCHOOL_TEAM") ? "Leerlingen van de scholen in de wijk en hun ouders." : null,
                            Set.of(Domain.YOUTH, Domain.GGZ),
                            "Jeugd-GGZ schuift aan bij zorgen over somberheid en angst.",
                            "Wij sluiten aan bij het wijkverband van de wijk; de huisarts is ons vaste aanspreekpunt. "
                                    + "Kinderen tot vier jaar horen bij het 1000-dagennetwerk.",
                            Set.of(Representation.EXPERT_FOR_PROFESSION, Representation.DECIDE_TOGETHER), null),
                    new TeamPosition(Budget.NONE, Set.of(Hours.OWN_ORGANISATION), null),
                    new TeamWork(Set.of(Work.CASE_DISCUSSION, Work.PREVENTION, Work.THEMATIC), Loket.VIA_MEMBERS,
                            "Ouders en leerlingen gaan naar de intern begeleider, de jeugdverpleegkundige of het "
                                    + "buurtteam."),
                    Set.of());
            case "ELDERLY_TEAM" -> new Charter(
                    or(before.purpose(), "Kwetsbare ouderen van de praktijken De Linde en Het Anker wonen zo lang als "
                            + "ze willen veilig thuis."),
                    before.answerA(), before.answerB(), before.answerC(), before.answerD(),
                    OrganisationalModel.AGREEMENT,
                    new TeamFocus(Phase.INTEGRATING, Set.of(Focus.TARGET_GROUP, Focus.CASES),
                            "De patiënten van 75 jaar en ouder van twee huisartsenpraktijken.", Set.of(Domain.ELDERLY),
                            null, "Wij werken over de grenzen van de wijkverbanden Oost en Haven heen; hun MDO krijgt "
                                    + "onze signalen.",
                            Set.of(Representation.SEAT_PER_DISCIPLINE), null),
                    new TeamPosition(Budget.NONE, Set.of(Hours.OWN_ORGANISATION), null),
                    new TeamWork(Set.of(Work.CARE_COORDINATION, Work.CASE_DISCUSSION, Work.POPULATION), Loket.NONE,
                            null),
                    Set.of());
            case "GGZ" -> new Charter(
                    or(before.purpose(), "Inwoners met psychische klachten krijgen in de wijk snel passende hulp, "
                            + "zonder lange wachtlijst en zonder van loket naar loket te gaan."),
                    before.answerA(), before.answerB(), before.answerC(), before.answerD(), OrganisationalModel.NONE,
                    new TeamFocus(Phase.ALIGNING, Set.of(Focus.THEME, Focus.CASES), null, Set.of(Domain.GGZ),
                            "Volwassenen; jeugd-GGZ via het jeugdnetwerk.",
                            "Wij zijn het GGZ-team voor alle wijkverbanden van de stad; de huisartsen en POH-GGZ van "
                                    + "die wijkverbanden brengen vragen in.",
                            Set.of(Representation.EXPERT_FOR_PROFESSION),
                            "Eén POH-GGZ spreekt voor alle praktijkondersteuners."),
                    new TeamPosition(Budget.PLANNED, Set.of(Hours.OWN_ORGANISATION), null),
                    new TeamWork(Set.of(Work.CASE_DISCUSSION, Work.RENEWAL, Work.THEMATIC), Loket.VIA_MEMBERS,
                            "Via de huisarts of de POH-GGZ."),
                    Set.of());
            default -> new Charter(
                    or(before.purpose(), "Wij werken samen aan één thema in de wijk."),
                    before.answerA(), before.answerB(), before.answerC(), before.answerD(), OrganisationalModel.NONE,
                    new TeamFocus(Phase.GETTING_ACQUAINTED, Set.of(Focus.THEME), null, Set.of(), null, null,
                            Set.of(Representation.SEAT_PER_DISCIPLINE), null),
                    new TeamPosition(Budget.NONE, Set.of(Hours.OWN_ORGANISATION), null),
                    new TeamWork(Set.of(Work.THEMATIC), Loket.VIA_MEMBERS, null),
                    Set.of());
        };
    }

    /** The points every collaboration settles: the cartel prohibition agreed, the rest as the model needs. */
    private static List<ModelDecision> decisions(OrganisationalModel model) {
        if (model == null) {
            return List.of();
        }
        return OrganisationalModel.checkpointsFor(model).stream().map(point -> switch (point) {
            case CARTEL -> new ModelDecision(point, Decision.AGREED, "We delen geen prijzen of wachtlijsten per "
                    + "aanbieder.");
            case OWN_LIABILITY -> new ModelDecision(point, Decision.AGREED, null);
            default -> new ModelDecision(point, Decision.OPEN, null);
        }).toList();
    }

    private static String or(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
