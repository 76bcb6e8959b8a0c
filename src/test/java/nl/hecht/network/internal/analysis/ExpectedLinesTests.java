package nl.hecht.network.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.hecht.directory.OrganisationId;
import nl.hecht.network.NodeRef;
import nl.hecht.network.internal.analysis.ExpectedLines.MissingLine;

/** Which expected lines are missing (R258): by category, without direction, not for players outside the network. */
class ExpectedLinesTests {

    private static AnalysisNode organisation(String name, String type) {
        return new AnalysisNode(NodeRef.organisation(OrganisationId.random()), name, type, true);
    }

    private static final AnalysisNode GP = organisation("Huisartsenpraktijk De Linde", "GP_PRACTICE");
    private static final AnalysisNode TEAM = organisation("Buurtteam", "SOCIAL_TEAM");
    private static final AnalysisNode NURSING = organisation("Thuiszorg", "HOME_CARE");
    private static final AnalysisNode PHYSIO = organisation("Fysiotherapie", "ALLIED_HEALTH");
    private static final AnalysisNode CHURCH = new AnalysisNode(NodeRef.player(UUID.randomUUID()), "Kerk",
            PlayerKind.RELIGIOUS_COMMUNITY.name(), true);
    private static final AnalysisNode PHARMACY_OUTSIDE = new AnalysisNode(NodeRef.organisation(OrganisationId.random()),
            "Apotheek elders", "PHARMACY", false);

    private static List<String> names(List<MissingLine> lines) {
        return lines.stream().map(line -> line.from().label() + " - " + line.to().label() + (line.wished() ? " (wish)" : ""))
                .toList();
    }

    @Test
    void withoutLinesEveryExpectedPairIsMissingAndNoOtherPair() {
        List<MissingLine> missing = ExpectedLines.missing(List.of(GP, TEAM, NURSING, PHYSIO, CHURCH, PHARMACY_OUTSIDE),
                Set.of(), Set.of(), ExpectedLines.DEFAULT);

        assertThat(names(missing)).containsExactly(
                "Buurtteam - Huisartsenpraktijk De Linde",
                "Buurtteam - Kerk",
                "Buurtteam - Thuiszorg",
                "Huisartsenpraktijk De Linde - Thuiszorg");
    }

    @Test
    void anExistingLineInEitherDirectionIsNotMissing() {
        Set<NodePair> existing = Set.of(NodePair.of(TEAM.ref(), GP.ref()), NodePair.of(NURSING.ref(), GP.ref()));

        List<MissingLine> missing = ExpectedLines.missing(List.of(GP, TEAM, NURSING), existing, Set.of(),
                ExpectedLines.DEFAULT);

        assertThat(names(missing)).containsExactly("Buurtteam - Thuiszorg");
    }

    @Test
    void aWishIsStillMissingButMarkedAsWanted() {
        List<MissingLine> missing = ExpectedLines.missing(List.of(TEAM, CHURCH), Set.of(),
                Set.of(NodePair.of(CHURCH.ref(), TEAM.ref())), ExpectedLines.DEFAULT);

        assertThat(names(missing)).containsExactly("Buurtteam - Kerk (wish)");
    }

    @Test
    void theExpectationsCanBeChosen() {
        List<MissingLine> missing = ExpectedLines.missing(List.of(GP, PHYSIO, TEAM), Set.of(), Set.of(),
                List.of(new ExpectedLines.Expectation("ALLIED_HEALTH", "GP_PRACTICE")));

        assertThat(names(missing)).containsExactly("Fysiotherapie - Huisartsenpraktijk De Linde");
    }

    @Test
    void nodePairsHaveNoDirection() {
        assertThat(NodePair.of(GP.ref(), TEAM.ref())).isEqualTo(NodePair.of(TEAM.ref(), GP.ref()));
        assertThat(NodeRef.parse(GP.ref().toString())).isEqualTo(GP.ref());
        assertThat(NodeRef.parse("discipline:GP")).isEqualTo(NodeRef.discipline("GP"));
    }
}
