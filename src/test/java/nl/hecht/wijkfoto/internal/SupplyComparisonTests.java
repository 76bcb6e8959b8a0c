package nl.hecht.wijkfoto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.hecht.wijkfoto.internal.SupplyComparison.Level;
import nl.hecht.wijkfoto.internal.SupplyComparison.Row;

class SupplyComparisonTests {

    @Test
    void per1000CountsEntriesPerThousandInhabitantsWithTwoDecimals() {
        assertThat(SupplyComparison.per1000(3, 2000L)).isEqualTo(1.5);
        assertThat(SupplyComparison.per1000(1, 3000L)).isEqualTo(0.33);
        assertThat(SupplyComparison.per1000(0, 5000L)).isEqualTo(0.0);
        assertThat(SupplyComparison.per1000(2, 0L)).isNull();
        assertThat(SupplyComparison.per1000(2, null)).isNull();
    }

    @Test
    void aCategoryTheRegionHasAndTheAreaHasNotOrLessThanHalfOfIsAGap() {
        // area 2,000 inhabitants, region 20,000
        List<Row> rows = SupplyComparison.compare(List.of("ggz", "maaltijden", "schuld", "wonen", "leeg"),
                List.of("ggz", "ggz", "schuld"),
                2000L,
                List.of("ggz", "ggz", "ggz", "ggz", "ggz", "ggz", "maaltijden", "maaltijden", "schuld", "schuld",
                        "schuld", "schuld", "schuld", "schuld", "schuld", "schuld", "schuld", "schuld", "schuld",
                        "schuld", "schuld", "schuld", "schuld", "schuld", "schuld", "schuld", "schuld", "schuld",
                        "schuld", "schuld", "schuld", "schuld", "schuld", "wonen"),
                20000L);
        assertThat(rows).extracting(Row::category).containsExactly("ggz", "maaltijden", "schuld", "wonen");
        // ggz: 1.0 against 0.3 per 1,000: enough
        assertThat(rows.get(0)).isEqualTo(new Row("ggz", 2, 6, 1.0, 0.3, Level.ENOUGH));
        // maaltijden: none in the area
        assertThat(rows.get(1).level()).isEqualTo(Level.NONE);
        assertThat(rows.get(1).gap()).isTrue();
        // schuld: 0.5 against 1.25 per 1,000: less than half
        assertThat(rows.get(2)).isEqualTo(new Row("schuld", 1, 25, 0.5, 1.25, Level.LITTLE));
        assertThat(rows.get(3).level()).isEqualTo(Level.NONE);
    }

    @Test
    void exactlyHalfIsNotAGapAndUnknownInhabitantsJudgeOnlyNothing() {
        assertThat(SupplyComparison.level(1, 0.5, 1.0)).isEqualTo(Level.ENOUGH);
        assertThat(SupplyComparison.level(1, 0.49, 1.0)).isEqualTo(Level.LITTLE);
        assertThat(SupplyComparison.level(1, null, 1.0)).isEqualTo(Level.ENOUGH);
        assertThat(SupplyComparison.level(0, null, null)).isEqualTo(Level.NONE);
    }

    @Test
    void anEntryOnlyInTheAreaCountsForTheRegionToo() {
        List<Row> rows = SupplyComparison.compare(List.of("wonen"), List.of("wonen"), 1000L, List.of(), 10000L);
        assertThat(rows).containsExactly(new Row("wonen", 1, 1, 1.0, 0.1, Level.ENOUGH));
    }
}
