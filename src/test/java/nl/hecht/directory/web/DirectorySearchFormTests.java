package nl.hecht.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The search as a query string (bookmarkable, R245–R247), and page numbers that never fail. */
class DirectorySearchFormTests {

    @Test
    void theQueryStringCarriesEveryFilterAndLeavesOutEmptyOnes() {
        DirectorySearchForm form = new DirectorySearchForm("schuld hulp", List.of("schuldhulpverlening", " "),
                List.of("ouderen"), List.of("SERVICE"), "", List.of("BU99010101"), "9901 AA", null, null, "5", "on",
                null, "true", "distance", "2", null);
        assertThat(form.queryString(Map.of())).isEqualTo("q=schuld+hulp&category=schuldhulpverlening&group=ouderen"
                + "&kind=SERVICE&neighbourhood=BU99010101&near=9901+AA&radius=5&open=true&nowait=true&sort=distance&page=2");
        assertThat(form.queryString(Collections.singletonMap("page", null))).doesNotContain("page=");
        assertThat(form.url("/directory")).startsWith("/directory?q=");
        assertThat(DirectorySearchForm.empty().url("/public/directory")).isEqualTo("/public/directory");
    }

    @Test
    void wrongPageNumbersGiveTheFirstOrTheLastPageOffered() {
        assertThat(DirectorySearchScreen.pageNumber("-1")).isEqualTo(1);
        assertThat(DirectorySearchScreen.pageNumber("abc")).isEqualTo(1);
        assertThat(DirectorySearchScreen.pageNumber(null)).isEqualTo(1);
        assertThat(DirectorySearchScreen.pageNumber("3")).isEqualTo(3);
        assertThat(DirectorySearchScreen.pageNumber("99999999999")).isEqualTo(1);
        assertThat(DirectorySearchScreen.pageNumber("99999")).isEqualTo(DirectorySearchScreen.MAX_PAGE);
    }
}
