package nl.hecht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Locator;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.ServiceId;
import nl.hecht.directory.SocialMap;
import nl.hecht.directory.WeeklyHours;
import nl.hecht.network.NetworkId;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.network.NetworkProfile;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * Names that users type or import files bring (of networks, neighbourhoods and directory entries)
 * reach the maps as text, never as markup. A network, a neighbourhood and an entry get a name with an {@code <img>}
 * and a {@code <b>} in it; the coverage map, the area editor and the public directory's map show those characters
 * literally and create no such element. (Before, Leaflet's {@code bindTooltip(string)} put the name in as HTML.)
 */
class NamesAsTextBrowserTests extends BrowserTest {

    private static final String MARKUP = "<img src=x onerror=\"window.__hechtInjected=1\"><b>vet</b>";
    private static final String CENTRUM = "Wijkverband Centrum";
    private static final String OOST = "Wijkverband Oost";
    private static final String VISMARKT = "BU99010106";

    @Autowired
    NetworkManagement networks;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SocialMap socialMap;
    @Autowired
    Organisations organisations;
    @Autowired
    CacheManager caches;

    private NetworkId centrum;
    private NetworkProfile centrumProfile;
    private String vismarktName;
    private String hostileNetwork;
    private String hostileNeighbourhood;

    @BeforeEach
    void hostileNames() {
        centrum = demoNetwork(CENTRUM).id();
        centrumProfile = new TransactionTemplate(transactions)
                .execute(status -> networks.network(centrum).orElseThrow().profile());
        hostileNetwork = CENTRUM + " " + MARKUP;
        networks.describe(centrum, new NetworkProfile(hostileNetwork, centrumProfile.label(),
                centrumProfile.coordinatorLabel(), centrumProfile.kind(), centrumProfile.theme(),
                centrumProfile.themeDescription(), centrumProfile.ageFrom(), centrumProfile.ageTo()));
        // a neighbourhood's name comes from the CBS files an administrator imports
        vismarktName = jdbc.queryForObject("select name from area where code = ?", String.class, VISMARKT);
        hostileNeighbourhood = vismarktName + " " + MARKUP;
        jdbc.update("update area set name = ? where code = ?", hostileNeighbourhood, VISMARKT);
        forgetReferenceData();
    }

    /** The names were changed behind the modules' backs (as an import would); the reference data cache must forget them. */
    private void forgetReferenceData() {
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
    }

    @AfterEach
    void restoreNames() {
        networks.describe(centrum, centrumProfile);
        jdbc.update("update area set name = ? where code = ?", vismarktName, VISMARKT);
        forgetReferenceData();
    }

    @Test
    void theCoverageMapShowsNetworkAndNeighbourhoodNamesAsText() {
        loginAs(DemoUser.RESV);
        visit(demoPath("/regions/{region}/coverage"));
        Locator vismarkt = page.locator("#coverage-map path[data-code='" + VISMARKT + "']");
        vismarkt.hover();
        Locator tooltip = page.locator(".leaflet-tooltip");
        assertThat(tooltip).containsText(hostileNeighbourhood + " (" + VISMARKT + "): ");
        assertThat(tooltip).containsText(hostileNetwork);
        assertNoMarkupCreated();
    }

    @Test
    void theAreaEditorShowsNetworkAndNeighbourhoodNamesAsText() {
        loginAs(DemoUser.COORDINATOR);
        visit(demoPath("/networks/{network:" + OOST + "}/area"));
        Locator vismarkt = page.locator("#area-map path[data-code='" + VISMARKT + "']");
        vismarkt.hover();
        Locator tooltip = page.locator(".leaflet-tooltip");
        assertThat(tooltip).containsText(hostileNeighbourhood + " (" + VISMARKT + ") · ook in ");
        assertThat(tooltip).containsText(hostileNetwork);
        assertThat(page.locator("label[for='n-" + VISMARKT + "']")).containsText(hostileNeighbourhood);
        assertNoMarkupCreated();
    }

    @Test
    void thePublicDirectoryShowsAnEntryNameAsTextInTheListAndOnTheMap() {
        String tag = "zx" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String name = "Koffie " + tag + " " + MARKUP;
        OrganisationId organisation = organisations.register(new NewOrganisation("Stichting " + tag + " " + MARKUP,
                OrganisationType.WELFARE, null, null, null));
        LocationId here = socialMap.addLocation(organisation, new LocationDetails("Buurtplein", "Marktplein 3",
                "9901 ZB", "Voorbeeldstad", null, 51.98, 5.02, true, null));
        ServiceDetails details = new ServiceDetails(EntryKind.INITIATIVE, name, "Samen koffie. " + tag, "ontmoeting",
                Set.of(), null, Referral.SELF_REFERRAL, null, null, Set.of("nl"), null, null, null, null, null, null,
                Set.of(new NeighbourhoodCode("BU99010101")),
                List.of(new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))), Set.of(here),
                true, true);
        ServiceId entry = socialMap.register(organisation, details, null);
        try {
            visit("/public/directory?q=" + tag);
            assertThat(page.locator(".hecht-hit")).hasCount(1);
            assertThat(page.locator(".hecht-hit")).containsText(name);
            assertNoMarkupCreated();

            visit("/public/directory?q=" + tag + "&view=map");
            assertThat(page.locator("#directory-map")).hasAttribute("data-markers-drawn", "1");
            page.locator("#directory-map .leaflet-marker-icon").first().click();
            Locator popup = page.locator(".leaflet-popup-content");
            assertThat(popup).containsText(name);
            assertThat(popup).containsText("Stichting " + tag + " " + MARKUP);
            assertNoMarkupCreated();
        } finally {
            socialMap.change(entry, new ServiceDetails(details.kind(), details.name(), details.description(),
                    details.categoryCode(), details.targetGroups(), null, details.access(), null, null,
                    details.languages(), null, null, null, null, null, null, details.neighbourhoods(),
                    details.hours(), Set.of(here), false, false), null);
        }
    }

    /** No element of the names was made, and nothing they carry ran. */
    private void assertNoMarkupCreated() {
        assertThat(page.locator("img[src='x']")).hasCount(0);
        assertThat(page.locator("b", new com.microsoft.playwright.Page.LocatorOptions().setHasText("vet")))
                .hasCount(0);
        assertThat(page.evaluate("() => window.__hechtInjected === undefined")).isEqualTo(true);
    }
}
