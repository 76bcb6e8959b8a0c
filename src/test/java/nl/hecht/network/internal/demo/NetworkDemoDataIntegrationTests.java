package nl.hecht.network.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.network.NetworkStatus;
import nl.hecht.network.internal.coverage.CoverageReport;
import nl.hecht.network.internal.coverage.CoverageService;
import nl.hecht.network.internal.coverage.NetworkRef;
import nl.hecht.network.internal.coverage.SizeFindingKind;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionManagement;

/** The demo region shows every kind of finding on purpose. */
@SpringBootTest
@AutoConfigureMockMvc // the MockMvc tests' context, so the run boots one context fewer
@Transactional
class NetworkDemoDataIntegrationTests {

    @Autowired
    RegionManagement regions;
    @Autowired
    NetworkManagement networks;
    @Autowired
    CoverageService coverage;
    @Autowired
    NetworkDemoData demo;

    private Region region() {
        return regions.regions().stream().filter(r -> r.name().equals(NetworkDemoData.REGION)).findFirst()
                .orElseThrow();
    }

    @Test
    void theDemoRegionHasEightCoreAndSixThematicNetworksWithAboutOneHundredSeventyMembers() {
        List<Network> all = networks.networksIn(region().id());
        LocalDate today = LocalDate.now();

        assertThat(all).hasSize(14);
        assertThat(all).filteredOn(n -> n.kind() == nl.hecht.network.NetworkKind.CORE).hasSize(8);
        assertThat(all.stream().mapToInt(n -> n.currentMembers(today).size()).sum()).isBetween(155, 180);
        assertThat(region().staff()).isNotEmpty();
        assertThat(region().stakeholders()).hasSize(3);
    }

    @Test
    void theCoverageAnalysisShowsEachKindOfFinding() {
        CoverageReport report = coverage.report(region());

        assertThat(report.neighbourhoods()).isEqualTo(60);
        assertThat(report.overlaps()).singleElement().satisfies(overlap -> {
            assertThat(overlap.area().name()).isEqualTo("Vismarkt");
            assertThat(overlap.networks()).extracting(NetworkRef::name)
                    .containsExactly("Wijkverband Centrum", "Wijkverband Oost");
        });
        assertThat(report.gaps()).filteredOn(gap -> gap.notYetActive().isEmpty()).singleElement()
                .satisfies(gap -> assertThat(gap.area().name()).isEqualTo("Kadewijk"));
        assertThat(report.gaps()).filteredOn(gap -> !gap.notYetActive().isEmpty()).hasSize(6)
                .allSatisfy(gap -> assertThat(gap.notYetActive()).extracting(NetworkRef::name, NetworkRef::status)
                        .containsExactly(tuple("Wijkverband West", NetworkStatus.IN_FORMATION)));
        assertThat(report.sizeFindings()).hasSize(2);
        assertThat(report.sizeFindings()).anySatisfy(finding -> {
            assertThat(finding.network().name()).isEqualTo("Wijkverband Haven");
            assertThat(finding.kind()).isEqualTo(SizeFindingKind.TOO_SMALL);
            assertThat(finding.inhabitants()).isLessThan(10_000);
            assertThat(finding.accepted()).isFalse();
        });
        assertThat(report.sizeFindings()).anySatisfy(finding -> {
            assertThat(finding.network().name()).isEqualTo("Wijkverband Maasdorp");
            assertThat(finding.kind()).isEqualTo(SizeFindingKind.TOO_SMALL);
            assertThat(finding.accepted()).isTrue();
        });
        assertThat(report.openSizeFindings()).isEqualTo(1);
        assertThat(report.compositionFindings()).anySatisfy(finding -> {
            assertThat(finding.network().name()).isEqualTo("Wijkverband Oost");
            assertThat(finding.gaps()).extracting(gap -> gap.expectation().key()).containsExactly("SEAT:PHARMACIST");
        });
        // West has all four core players (not all with a named contact: a tip, not a gap), but not the
        // physiotherapist the region expects.
        assertThat(report.compositionFindings()).anySatisfy(finding -> {
            assertThat(finding.network().name()).isEqualTo("Wijkverband West");
            assertThat(finding.gaps()).extracting(gap -> gap.expectation().key())
                    .containsExactly("DISCIPLINE:PHYSIOTHERAPIST");
        });
        assertThat(report.compositionFindings()).extracting(finding -> finding.network().name())
                .containsExactlyInAnyOrder("Wijkverband Oost", "Wijkverband West");
        assertThat(report.withoutCoordinator()).extracting(NetworkRef::name)
                .containsExactly("Wijkverband West");
        assertThat(report.neighbourhoodShare()).isBetween(70.0, 95.0);
    }

    @Autowired
    nl.hecht.network.internal.discipline.Disciplines disciplines;

    @Test
    void theManagedDisciplineListHoldsTheSeedsDisciplinesWithTheirCoreSeats() {
        var catalogue = disciplines.catalogue();

        assertThat(catalogue.all()).extracting(d -> d.nameNl()).contains("Huisarts",
                "Praktijkondersteuner huisarts (POH)", "Wijkverpleegkundige S1 (coördinerend)", "Apotheker",
                "Jeugdgezondheidszorg (JGZ)", "Casemanager dementie", "Kinderfysiotherapeut",
                "Preventiemedewerker (Jellinek)", "Medewerker kinderdagverblijf", "Wmo-consulent",
                "Politie / wijkagent", "Veilig Thuis", "Ervaringsdeskundige", "Gebiedsmanager", "Mantelzorger",
                "Gedragskundige", "Verloskundige", "Arts verstandelijk gehandicapten (AVG)");
        assertThat(catalogue.codesFor(nl.hecht.network.CoreSeat.SOCIAL_DOMAIN)).contains("DISTRICT_TEAM_MEMBER",
                "SOCIAL_WORKER", "SOCIAL_CASEWORKER", "ELDERLY_ADVISOR", "CLIENT_SUPPORTER", "PERSONAL_SUPERVISOR",
                "DEBT_COUNSELLOR", "BENEFITS_COUNSELLOR");
        assertThat(catalogue.codesFor(nl.hecht.network.CoreSeat.DISTRICT_NURSE))
                .containsExactly("DISTRICT_NURSE", "DISTRICT_NURSE_S1", "DISTRICT_NURSE_S2");
    }

    @Test
    void loadingTwiceChangesNothing() {
        int before = networks.networksIn(region().id()).size();

        demo.load();

        assertThat(networks.networksIn(region().id())).hasSize(before);
    }
}
