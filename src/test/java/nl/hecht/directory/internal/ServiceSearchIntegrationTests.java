package nl.hecht.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.GeoPoint;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.directory.SearchQuery;
import nl.hecht.directory.SearchResult;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.ServiceHit;
import nl.hecht.directory.SocialMap;
import nl.hecht.directory.SocialMapSearch;
import nl.hecht.directory.WeeklyHours;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The search of the sociale kaart against the real index: the Dutch analyzer (stems, word parts, compounds),
 * filters, facets, distance and "open now". Entries carry a word unique to this test run, so the demo data and
 * other tests do not disturb the counts.
 */
@SpringBootTest
@AutoConfigureMockMvc // the MockMvc tests' context, so the run boots one context fewer
class ServiceSearchIntegrationTests {

    @Autowired
    SocialMap socialMap;
    @Autowired
    SocialMapSearch search;
    @Autowired
    Organisations organisations;

    private String tag;
    private OrganisationId organisation;
    private LocationId nearby;
    private LocationId faraway;

    @BeforeEach
    void entries() {
        tag = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        organisation = organisations.register(new NewOrganisation("Testorganisatie " + tag, OrganisationType.WELFARE,
                null, null, null));
        nearby = socialMap.addLocation(organisation, new LocationDetails("Buurthuis", "Kerkstraat 1", "9901 AA",
                "Voorbeeldstad", null, 52.00, 5.00, true, null));
        faraway = socialMap.addLocation(organisation, new LocationDetails("Dorpshuis", "Dorpsstraat 9", "9902 BB",
                "Maasheuvel", null, 52.30, 5.40, false, null));
        register("Schuldhulpverlening " + tag, "Hulp bij schulden en geldzaken.", "schuldhulpverlening",
                Referral.SELF_REFERRAL, 0, Set.of("geldzorgen"), Set.of(nearby), Set.of("BU99010101"), true,
                List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))));
        register("Budgetcoach " + tag, "Een maatje voor je administratie.", "schuldhulpverlening", Referral.REFERRAL,
                30, Set.of("geldzorgen"), Set.of(faraway), Set.of("BU99020101"), false, List.of());
        register("Koffieochtend voor oudere buurtbewoners " + tag, "Elke dinsdag koffie in het buurthuis.",
                "ontmoeting", Referral.SELF_REFERRAL, null, Set.of("ouderen"), Set.of(nearby), Set.of("BU99010101"),
                true, List.of());
        register("Thuiszorg " + tag, "Verpleging en verzorging thuis.", "wijkverpleging", Referral.REFERRAL, 14,
                Set.of("ouderen", "chronisch-zieken"), Set.of(faraway), Set.of("BU99020101"), false, List.of());
    }

    private void register(String name, String description, String category, Referral access, Integer waitingDays,
            Set<String> targetGroups, Set<LocationId> locations, Set<String> neighbourhoods, boolean isPublic,
            List<WeeklyHours> hours) {
        socialMap.register(organisation, new ServiceDetails(EntryKind.SERVICE, name, description, category,
                targetGroups, null, access, null, null, Set.of("nl"), null, null, null, null, null, waitingDays,
                neighbourhoods.stream().map(NeighbourhoodCode::new).collect(java.util.stream.Collectors.toSet()),
                hours, locations, isPublic, true), null);
    }

    private List<String> names(SearchResult result) {
        return result.hits().stream().map(ServiceHit::name).map(name -> name.replace(" " + tag, "")).toList();
    }

    private SearchQuery query(String text) {
        return SearchQuery.text(text + " " + tag);
    }

    @Test
    void aWordThatBeginsACompoundFindsIt() {
        // the name, and the category "Schuldhulpverlening en geldzaken" of the budget coach; the name ranks first
        assertThat(names(search.search(query("schuldhulp")))).containsExactly("Schuldhulpverlening", "Budgetcoach");
        assertThat(names(search.search(query("budgetco")))).containsExactly("Budgetcoach");
    }

    @Test
    void pluralAndInflectedFormsFindEachOther() {
        assertThat(names(search.search(query("ouderen")))).contains("Koffieochtend voor oudere buurtbewoners");
    }

    @Test
    void aPartOfACompoundFindsIt() {
        assertThat(names(search.search(query("zorg")))).containsExactly("Thuiszorg");
    }

    @Test
    void theCategoryNameIsSearchedToo() {
        assertThat(names(search.search(query("geldzaken")))).containsExactlyInAnyOrder("Schuldhulpverlening",
                "Budgetcoach");
    }

    @Test
    void filtersAndFacets() {
        SearchQuery base = SearchQuery.text(tag);
        SearchResult all = search.search(base);
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.categoryCounts()).containsEntry("schuldhulpverlening", 2L).containsEntry("ontmoeting", 1L);
        assertThat(all.targetGroupCounts()).containsEntry("ouderen", 2L);
        assertThat(all.selfReferralCount()).isEqualTo(2);
        assertThat(all.noWaitingTimeCount()).isEqualTo(1);

        SearchQuery noWait = new SearchQuery(tag, null, null, null,
                Set.of(new NeighbourhoodCode("BU99010101")), null, null, false, false, true, false, null, 0, 20);
        assertThat(names(search.search(noWait))).containsExactly("Schuldhulpverlening");

        SearchQuery socialDomain = new SearchQuery(tag, Set.of("sociaal-domein"), null, null, null, null, null, false,
                false, false, false, null, 0, 20);
        assertThat(names(search.search(socialDomain))).containsExactlyInAnyOrder("Schuldhulpverlening", "Budgetcoach");

        assertThat(names(search.search(base.asPublic()))).containsExactlyInAnyOrder("Schuldhulpverlening",
                "Koffieochtend voor oudere buurtbewoners");
    }

    @Test
    void distanceFiltersAndSorts() {
        SearchQuery near = new SearchQuery(tag, null, null, null, null, new GeoPoint(52.0, 5.0), 5.0, false, false,
                false, false, SearchQuery.SortOrder.DISTANCE, 0, 20);
        SearchResult result = search.search(near);
        assertThat(names(result)).containsExactly("Koffieochtend voor oudere buurtbewoners", "Schuldhulpverlening");
        assertThat(result.hits().get(0).distanceKm()).isLessThan(0.1);

        SearchQuery sorted = new SearchQuery(tag, null, null, null, null, new GeoPoint(52.3, 5.4), null, false, false,
                false, false, SearchQuery.SortOrder.DISTANCE, 0, 20);
        assertThat(names(search.search(sorted)).subList(0, 2)).containsExactly("Budgetcoach", "Thuiszorg");
    }

    @Test
    void openNowFindsOnlyWhatIsOpenAtThisMoment() {
        List<WeeklyHours> allWeek = java.util.Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyHours(day, LocalTime.MIN, LocalTime.of(23, 59))).toList();
        register("Nachtloket " + tag, "Altijd open.", "informatiepunt", Referral.SELF_REFERRAL, null, Set.of(),
                Set.of(nearby), Set.of("BU99010101"), true, allWeek);
        SearchQuery openNow = new SearchQuery(tag, null, null, null, null, null, null, true, false, false, false,
                null, 0, 20);
        // the Monday-morning entry may be open by chance when the tests run then; the always-open one must be found,
        // the ones without opening hours never
        assertThat(names(search.search(openNow))).contains("Nachtloket")
                .doesNotContain("Budgetcoach", "Thuiszorg", "Koffieochtend voor oudere buurtbewoners");
    }

    @Test
    void hitsCarryWhatTheListShowsWithoutTheDatabase() {
        ServiceHit hit = search.search(query("schuldhulp")).hits().get(0);
        assertThat(hit.organisationName()).isEqualTo("Testorganisatie " + tag);
        assertThat(hit.categoryCode()).isEqualTo("schuldhulpverlening");
        assertThat(hit.waitingDays()).isZero();
        assertThat(hit.addresses()).containsExactly("Kerkstraat 1, 9901 AA Voorbeeldstad");
        assertThat(hit.points()).containsExactly(new GeoPoint(52.0, 5.0));
    }
}
