package nl.hecht.wijkfoto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.hecht.area.KeyFigures;

class AreaFiguresTests {

    @Test
    void countsAreSummedSharesTakenOverTheSumsAndAveragesWeightedByInhabitants() {
        KeyFigures small = new KeyFigures(2024, 1000, 100, 100, 300, 300, 200, 500, 250, 30.0, 50, 1.0, 100);
        KeyFigures large = new KeyFigures(2025, 3000, 600, 300, 900, 600, 600, 1500, 450, 20.0, 90, 2.0, 200);
        AreaFigures figures = AreaFigures.of(List.of(small, large));
        assertThat(figures.neighbourhoods()).isEqualTo(2);
        assertThat(figures.year()).isEqualTo(2025);
        assertThat(figures.inhabitants()).isEqualTo(4000);
        assertThat(figures.age0to14()).isEqualTo(17.5);
        assertThat(figures.age65plus()).isEqualTo(20.0);
        assertThat(figures.households()).isEqualTo(2000);
        assertThat(figures.onePersonHouseholds()).isEqualTo(35.0);
        assertThat(figures.householdSize()).isEqualTo(2.0);
        assertThat(figures.averageIncome()).isEqualTo(22.5);
        assertThat(figures.wmoPer1000()).isEqualTo(35.0);
        assertThat(figures.distanceToGpKm()).isEqualTo(1.8);
    }

    @Test
    void whatNoNeighbourhoodPublishesIsUnknownNotZero() {
        KeyFigures secret = new KeyFigures(2024, null, null, null, null, null, null, null, null, null, null, null,
                null);
        AreaFigures figures = AreaFigures.of(List.of(secret));
        assertThat(figures.inhabitants()).isNull();
        assertThat(figures.age65plus()).isNull();
        assertThat(figures.averageIncome()).isNull();
        assertThat(AreaFigures.of(List.of()).year()).isNull();
    }
}
