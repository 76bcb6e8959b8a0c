package nl.hecht.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.hecht.directory.SearchQuery.SortOrder;

class SearchQueryTests {

    private static SearchQuery query(GeoPoint near, SortOrder sort) {
        return new SearchQuery("schuldhulp", null, null, null, null, near, null, false, false, false, false, sort, 0,
                20);
    }

    @Test
    void withAPlaceAndNoChosenOrderTheNearestComeFirst() {
        assertThat(query(new GeoPoint(52.0, 5.0), null).sort()).isEqualTo(SortOrder.DISTANCE);
    }

    @Test
    void withoutAPlaceTheDefaultIsTheBestMatchAndDistanceCannotBeChosen() {
        assertThat(query(null, null).sort()).isEqualTo(SortOrder.RELEVANCE);
        assertThat(query(null, SortOrder.DISTANCE).sort()).isEqualTo(SortOrder.RELEVANCE);
    }

    @Test
    void aChosenOrderIsKept() {
        assertThat(query(new GeoPoint(52.0, 5.0), SortOrder.RELEVANCE).sort()).isEqualTo(SortOrder.RELEVANCE);
        assertThat(query(new GeoPoint(52.0, 5.0), SortOrder.NAME).sort()).isEqualTo(SortOrder.NAME);
    }
}
