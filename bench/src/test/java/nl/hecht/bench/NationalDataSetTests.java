package nl.hecht.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.hecht.bench.CoverageInput.Facts;
import nl.hecht.bench.SyntheticNetworks.Network;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.internal.coverage.CoverageAnalysis;
import nl.hecht.network.internal.coverage.SizeFindingKind;

/** The national data set has the size issue 4 asks for and everything the coverage analysis is there to find. */
class NationalDataSetTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static NationalDataSet data;

    @BeforeAll
    static void generate() {
        data = NationalDataSet.national();
    }

    @Test
    void hasTheSizeOfTheNetherlands() {
        assertThat(data.country().municipalities()).hasSize(345);
        assertThat(data.country().neighbourhoods()).hasSize(14_500);
        assertThat(data.country().inhabitants()).isBetween(17_500_000L, 18_300_000L);
        assertThat(data.networks().regions()).hasSize(25);
        assertThat(data.networks().coreNetworks()).isEqualTo(1_200);
        assertThat(data.networks().networks().size() - 1_200).isBetween(100, 200);
        assertThat(data.networks().members()).isBetween(12_000L, 18_000L);
    }

    @Test
    void isTheSameForTheSameSeed() {
        NationalDataSet again = NationalDataSet.national();

        assertThat(Arrays.equals(again.country().cbsCsv(), data.country().cbsCsv())).isTrue();
        assertThat(again.networks().networks()).isEqualTo(data.networks().networks());
        assertThat(again.networks().regions()).isEqualTo(data.networks().regions());
    }

    @Test
    void codesAreUniqueAndEveryServiceAreaLiesInItsRegion() {
        Set<String> codes = new HashSet<>();
        data.country().neighbourhoods().forEach(hood -> assertThat(codes.add(hood.code())).isTrue());
        assertThat(codes).allMatch(code -> code.matches("BU5\\d{7}"));
        for (Network network : data.networks().networks()) {
            SyntheticNetworks.Region region = data.networks().regions().stream()
                    .filter(r -> r.id().equals(network.regionId())).findFirst().orElseThrow();
            assertThat(network.serviceArea()).allMatch(code -> region.municipalityCodes()
                    .contains("GM" + code.substring(2, 6)));
        }
    }

    @Test
    void writesTheCbsCsvWithOneRowPerArea() {
        List<String> lines = new String(data.country().cbsCsv(), java.nio.charset.StandardCharsets.UTF_8).lines()
                .toList();

        assertThat(lines).hasSize(1 + 345 + data.country().districts().size() + 14_500);
        assertThat(lines).allMatch(line -> line.split(";", -1).length == 19);
        assertThat(lines).anyMatch(line -> line.contains(";Buurt;") && line.contains(SyntheticCountry.SECRET));
    }

    @Test
    void givesTheAnalysisSomethingOfEveryKindToFind() {
        List<Facts> regions = CoverageInput.perRegion(data, TODAY);
        CoverageSummary total = CoverageSummary.none();
        long tooSmall = 0;
        long tooLarge = 0;
        for (Facts region : regions) {
            var report = CoverageAnalysis.analyse(region.advice(), region.areas(), region.networks());
            total = total.plus(CoverageSummary.of(report));
            tooSmall += report.sizeFindings().stream().filter(f -> f.kind() == SizeFindingKind.TOO_SMALL).count();
            tooLarge += report.sizeFindings().stream().filter(f -> f.kind() == SizeFindingKind.TOO_LARGE).count();
        }

        assertThat(total.neighbourhoods()).isEqualTo(14_500);
        assertThat(total.covered() * 100.0 / total.neighbourhoods()).isBetween(85.0, 97.0);
        assertThat(total.gaps()).isGreaterThan(100);
        assertThat(total.overlaps()).isBetween(10, 60);
        assertThat(tooSmall).isGreaterThan(30);
        assertThat(tooLarge).isGreaterThan(30);
        assertThat(total.openSizeFindings()).isLessThan(total.sizeFindings());
        assertThat(total.compositionFindings()).isBetween(100, 400);
        assertThat(total.withoutCoordinator()).isBetween(20, 90);
    }

    @Test
    void theNationalInputHoldsEveryNeighbourhoodAndNetwork() {
        Facts national = CoverageInput.national(data, TODAY);

        assertThat(national.areas()).hasSize(14_500);
        assertThat(national.networks()).hasSize(data.networks().networks().size());
        assertThat(data.networks().networks().stream().filter(n -> n.kind() == NetworkKind.THEMATIC))
                .allMatch(n -> n.theme() != null);
    }
}
