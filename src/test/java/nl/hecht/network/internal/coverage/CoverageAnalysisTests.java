package nl.hecht.network.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.hecht.network.AreaBasis;
import nl.hecht.network.CoreSeat;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.internal.composition.Expectation;
import nl.hecht.network.internal.composition.ExpectationResult;
import nl.hecht.network.internal.composition.SeatStatus;
import nl.hecht.network.internal.coverage.CoverageReport.SizeFinding;
import nl.hecht.network.internal.region.SizeAdvice;
import nl.hecht.shared.NeighbourhoodCode;

/** R001, R005, R014, R015, R022–R025, R142: the region's coverage analysis. */
class CoverageAnalysisTests {

    private static final SizeAdvice ADVICE = SizeAdvice.DEFAULT;

    private static NeighbourhoodCode code(int n) {
        return new NeighbourhoodCode(String.format("BU09%06d", n));
    }

    private static AreaFact area(int n, Integer inhabitants) {
        return new AreaFact(code(n), "Buurt " + n, "Wijk", "Gemeente", inhabitants);
    }

    private static NetworkFact network(String name, NetworkKind kind, NetworkStatus status, boolean justified,
            int... neighbourhoods) {
        Set<NeighbourhoodCode> codes = new java.util.HashSet<>();
        for (int n : neighbourhoods) {
            codes.add(code(n));
        }
        return new NetworkFact(new NetworkRef(NetworkId.random(), name, status), kind, AreaBasis.NEIGHBOURHOODS,
                justified, codes, null, true, List.of());
    }

    private static NetworkFact core(String name, int... neighbourhoods) {
        return network(name, NetworkKind.CORE, NetworkStatus.ACTIVE, false, neighbourhoods);
    }

    /** Four neighbourhoods of 5,000 inhabitants each. */
    private static List<AreaFact> fourAreas() {
        return List.of(area(1, 5000), area(2, 5000), area(3, 5000), area(4, 5000));
    }

    @Test
    void aNeighbourhoodInNoActiveCoreNetworkIsAGapAndTheHeadlineCountsTheRest() {
        CoverageReport report = CoverageAnalysis.analyse(ADVICE, fourAreas(), List.of(core("Noord", 1, 2, 3)));

        assertThat(report.gaps()).extracting(gap -> gap.area().code()).containsExactly(code(4));
        assertThat(report.coveredNeighbourhoods()).isEqualTo(3);
        assertThat(report.neighbourhoodShare()).isEqualTo(75.0);
        assertThat(report.coveredInhabitants()).isEqualTo(15_000);
        assertThat(report.inhabitantShare()).isEqualTo(75.0);
        assertThat(report.statusByNeighbourhood().get(code(4))).isEqualTo(CoverageStatus.GAP);
        assertThat(report.statusByNeighbourhood().get(code(1))).isEqualTo(CoverageStatus.COVERED);
    }

    @Test
    void inhabitantsShareWeighsNeighbourhoodsByPopulation() {
        List<AreaFact> areas = List.of(area(1, 9000), area(2, 1000));
        CoverageReport report = CoverageAnalysis.analyse(ADVICE, areas, List.of(core("Noord", 1)));

        assertThat(report.neighbourhoodShare()).isEqualTo(50.0);
        assertThat(report.inhabitantShare()).isEqualTo(90.0);
    }

    @Test
    void aNetworkInFormationDoesNotCoverItsArea() {
        NetworkFact forming = network("Oost", NetworkKind.CORE, NetworkStatus.IN_FORMATION, false, 3, 4);
        CoverageReport report = CoverageAnalysis.analyse(ADVICE, fourAreas(), List.of(core("Noord", 1, 2), forming));

        assertThat(report.gaps()).extracting(gap -> gap.area().code()).containsExactly(code(3), code(4));
        assertThat(report.gaps().get(0).notYetActive()).extracting(NetworkRef::name).containsExactly("Oost");
        assertThat(report.statusByNeighbourhood().get(code(3))).isEqualTo(CoverageStatus.FORMING);
        assertThat(report.coveredNeighbourhoods()).isEqualTo(2);
    }

    @Test
    void pausedAndEndedNetworksDoNotCover() {
        CoverageReport report = CoverageAnalysis.analyse(ADVICE, fourAreas(), List.of(
                network("Gepauzeerd", NetworkKind.CORE, NetworkStatus.PAUSED, false, 1, 2),
                network("Gestopt", NetworkKind.CORE, NetworkStatus.ENDED, false, 3, 4)));

        assertThat(report.coveredNeighbourhoods()).isZero();
        assertThat(report.gaps()).hasSize(4);
        assertThat(report.statusByNeighbourhood().get(code(1))).isEqualTo(CoverageStatus.FORMING);
        assertThat(report.statusByNeighbourhood().get(code(3))).isEqualTo(CoverageStatus.GAP);
    }

    @Test
    void aThematicNetworkNeverCoversAndNeverOverlaps() {
        NetworkFact youth = network("Jeugd", NetworkKind.THEMATIC, NetworkStatus.ACTIVE, false, 2, 3, 4);
        NetworkFact elderly = network("Ouderen", NetworkKind.THEMATIC, NetworkStatus.ACTIVE, false, 3, 4);
        CoverageReport report = CoverageAnalysis.analyse(ADVICE, fourAreas(),
                List.of(core("Noord", 1, 2), youth, elderly));

        assertThat(report.overlaps()).isEmpty();
        assertThat(report.gaps()).extracting(gap -> gap.area().code()).containsExactly(code(3), code(4));
        assertThat(report.statusByNeighbourhood().get(code(2))).isEqualTo(CoverageStatus.COVERED);
    }

    @Test
    void aNeighbourhoodInTwoCoreNetworksIsAnOverlap() {
        CoverageReport report = CoverageAnalysis.analyse(ADVICE, fourAreas(),
                List.of(core("Noord", 1, 2), core("Zuid", 2, 3, 4)));

        assertThat(report.overlaps()).singleElement().satisfies(overlap -> {
            assertThat(overlap.area().code()).isEqualTo(code(2));
            assertThat(overlap.networks()).extracting(NetworkRef::name).containsExactly("Noord", "Zuid");
        });
        assertThat(report.statusByNeighbourhood().get(code(2))).isEqualTo(CoverageStatus.OVERLAP);
        assertThat(report.coveredNeighbourhoods()).isEqualTo(4);
    }

    @Test
    void aCoreNetworkInFormationOverlappingAnActiveOneIsAnOverlapButAnEndedOneIsNot() {
        CoverageReport forming = CoverageAnalysis.analyse(ADVICE, fourAreas(), List.of(core("Noord", 1, 2),
                network("Nieuw", NetworkKind.CORE, NetworkStatus.IN_FORMATION, false, 2)));
        CoverageReport ended = CoverageAnalysis.analyse(ADVICE, fourAreas(), List.of(core("Noord", 1, 2),
                network("Oud", NetworkKind.CORE, NetworkStatus.ENDED, false, 2)));

        assertThat(forming.overlaps()).hasSize(1);
        assertThat(ended.overlaps()).isEmpty();
    }

    @Test
    void aCoreNetworkBelowTheAdviceIsFlaggedUnlessJustified() {
        NetworkFact small = core("Klein", 1);
        NetworkFact justified = network("Dorp", NetworkKind.CORE, NetworkStatus.ACTIVE, true, 2);
        NetworkFact fine = core("Goed", 3, 4);
        CoverageReport report = CoverageAnalysis.analyse(ADVICE, fourAreas(), List.of(small, justified, fine));

        assertThat(report.sizeFindings()).extracting(finding -> finding.network().name(), SizeFinding::kind,
                SizeFinding::accepted, SizeFinding::inhabitants).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Dorp", SizeFindingKind.TOO_SMALL, true, 5000L),
                        org.assertj.core.groups.Tuple.tuple("Klein", SizeFindingKind.TOO_SMALL, false, 5000L));
        assertThat(report.openSizeFindings()).isEqualTo(1);
    }

    @Test
    void theSizeAdviceIsTheRegionsOwn() {
        SizeAdvice village = new SizeAdvice(4000, 12_000, true);
        CoverageReport report = CoverageAnalysis.analyse(village, fourAreas(),
                List.of(core("Klein", 1), core("Groot", 2, 3, 4)));

        assertThat(report.sizeFindings()).extracting(finding -> finding.network().name(), SizeFinding::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Groot", SizeFindingKind.TOO_LARGE));
    }

    @Test
    void largerThanAdvisedIsOnlyFlaggedWhenTheRegionSwitchesItOn() {
        List<NetworkFact> networks = List.of(core("Klein", 1), core("Groot", 2, 3, 4));

        CoverageReport byDefault = CoverageAnalysis.analyse(SizeAdvice.DEFAULT, fourAreas(), networks);
        CoverageReport off = CoverageAnalysis.analyse(new SizeAdvice(4000, 12_000), fourAreas(), networks);
        CoverageReport on = CoverageAnalysis.analyse(new SizeAdvice(4000, 12_000, true), fourAreas(), networks);

        assertThat(SizeAdvice.DEFAULT.warnTooLarge()).isFalse();
        assertThat(byDefault.sizeFindings()).extracting(finding -> finding.network().name(), SizeFinding::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Klein", SizeFindingKind.TOO_SMALL));
        assertThat(off.sizeFindings()).isEmpty();
        assertThat(on.sizeFindings()).extracting(SizeFinding::kind).containsExactly(SizeFindingKind.TOO_LARGE);
    }

    @Test
    void aDisciplineWithoutANamedContactIsNoCompositionFinding() {
        ExpectationResult noContact = new ExpectationResult(
                Expectation.seat(CoreSeat.PHARMACIST, Set.of("PHARMACIST")), SeatStatus.NO_LIAISON, List.of("C"),
                null);
        NetworkFact withoutContact = new NetworkFact(new NetworkRef(NetworkId.random(), "Zonder aanspreekpunt",
                NetworkStatus.ACTIVE), NetworkKind.CORE, AreaBasis.NEIGHBOURHOODS, false, Set.of(code(1), code(2)),
                null, true, List.of(noContact));

        CoverageReport report = CoverageAnalysis.analyse(ADVICE, fourAreas(), List.of(withoutContact));

        assertThat(report.compositionFindings()).isEmpty();
        assertThat(report.compositionTips()).singleElement().satisfies(tip -> {
            assertThat(tip.network().name()).isEqualTo("Zonder aanspreekpunt");
            assertThat(tip.gaps()).extracting(ExpectationResult::status).containsExactly(SeatStatus.NO_LIAISON);
        });
    }

    @Test
    void thematicNetworksAreNotCheckedForSize() {
        CoverageReport report = CoverageAnalysis.analyse(ADVICE, fourAreas(),
                List.of(network("Jeugd", NetworkKind.THEMATIC, NetworkStatus.ACTIVE, false, 1)));

        assertThat(report.sizeFindings()).isEmpty();
    }

    @Test
    void anActiveCoreNetworkWithoutAreaIsFlaggedButOneInFormationIsNot() {
        CoverageReport report = CoverageAnalysis.analyse(ADVICE, fourAreas(), List.of(core("Leeg"),
                network("Start", NetworkKind.CORE, NetworkStatus.IN_FORMATION, false)));

        assertThat(report.sizeFindings()).extracting(SizeFinding::kind).containsExactly(SizeFindingKind.NO_AREA);
    }

    @Test
    void aPracticeBasedNetworkIsSizedByTheListSizesOfItsPractices() {
        NetworkFact practices = new NetworkFact(new NetworkRef(NetworkId.random(), "Praktijken", NetworkStatus.ACTIVE),
                NetworkKind.CORE, AreaBasis.PRACTICES, false, Set.of(), 8_000L, true, List.of());
        CoverageReport report = CoverageAnalysis.analyse(ADVICE, fourAreas(), List.of(practices));

        assertThat(report.sizeFindings()).singleElement()
                .satisfies(finding -> assertThat(finding.inhabitants()).isEqualTo(8_000L));
    }

    @Test
    void unknownInhabitantsCountAsZero() {
        CoverageReport report = CoverageAnalysis.analyse(ADVICE, List.of(area(1, null), area(2, 12_000)),
                List.of(core("Noord", 1, 2)));

        assertThat(report.inhabitants()).isEqualTo(12_000);
        assertThat(report.sizeFindings()).isEmpty();
    }

    @Test
    void compositionGapsAndMissingCoordinatorsAreReportedForLiveNetworksOnly() {
        ExpectationResult noPharmacist = new ExpectationResult(
                Expectation.seat(CoreSeat.PHARMACIST, Set.of("PHARMACIST")), SeatStatus.MISSING, List.of(), null);
        NetworkFact incomplete = new NetworkFact(new NetworkRef(NetworkId.random(), "Zonder apotheker",
                NetworkStatus.ACTIVE), NetworkKind.CORE, AreaBasis.NEIGHBOURHOODS, false,
                Set.of(code(1), code(2), code(3)), null, false, List.of(noPharmacist));
        NetworkFact endedIncomplete = new NetworkFact(new NetworkRef(NetworkId.random(), "Gestopt",
                NetworkStatus.ENDED), NetworkKind.CORE, AreaBasis.NEIGHBOURHOODS, false, Set.of(code(4)), null,
                false, List.of(noPharmacist));

        CoverageReport report = CoverageAnalysis.analyse(ADVICE, fourAreas(), List.of(incomplete, endedIncomplete));

        assertThat(report.compositionFindings()).extracting(finding -> finding.network().name())
                .containsExactly("Zonder apotheker");
        assertThat(report.withoutCoordinator()).extracting(NetworkRef::name).containsExactly("Zonder apotheker");
    }

    @Test
    void anEmptyRegionHasAZeroHeadline() {
        CoverageReport report = CoverageAnalysis.analyse(ADVICE, List.of(), List.of());

        assertThat(report.neighbourhoodShare()).isZero();
        assertThat(report.inhabitantShare()).isZero();
    }

    /**
     * National size (R001): 14,500 neighbourhoods and 1,200 core networks (plus 400 thematic ones) in one region.
     * Checks the result only; the time is measured by {@code CoverageAnalysisBenchmark} in {@code bench/} (see
     * bench/README.md), not here.
     */
    @Test
    void nationalScale() {
        List<AreaFact> areas = new ArrayList<>();
        for (int n = 0; n < 14_500; n++) {
            areas.add(area(n, 500 + (n * 37) % 3000));
        }
        List<NetworkFact> networks = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            int[] hood = Stream.iterate(i * 12, n -> n + 1).limit(i % 50 == 0 ? 13 : 12).mapToInt(Integer::intValue)
                    .toArray();
            networks.add(network("Netwerk " + i, NetworkKind.CORE, i % 40 == 0 ? NetworkStatus.IN_FORMATION
                    : NetworkStatus.ACTIVE, i % 7 == 0, hood));
        }
        for (int i = 0; i < 400; i++) {
            networks.add(network("Thema " + i, NetworkKind.THEMATIC, NetworkStatus.ACTIVE, false, i * 30, i * 30 + 1));
        }

        CoverageReport report = CoverageAnalysis.analyse(ADVICE, areas, networks);

        assertThat(report.neighbourhoods()).isEqualTo(14_500);
        assertThat(report.overlaps()).hasSize(24);
        assertThat(report.gaps()).hasSizeGreaterThan(100);
    }
}
