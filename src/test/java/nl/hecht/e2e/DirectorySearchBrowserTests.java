package nl.hecht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.SocialMap;
import nl.hecht.directory.WeeklyHours;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * A professional searches "schuldhulp" and finds the debt-counselling services, filters by
 * neighbourhood and "zonder wachttijd" and switches to the map; an anonymous resident uses the public directory and
 * opens an entry (R245–R247). The entries are the test's own (a unique word), committed, so the demo data does not
 * matter.
 */
class DirectorySearchBrowserTests extends BrowserTest {

    private static final String CENTRE = "BU99010101";

    @Autowired
    SocialMap socialMap;
    @Autowired
    Organisations organisations;

    private String tag;

    @BeforeEach
    void entries() {
        tag = "zb" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        OrganisationId organisation = organisations.register(new NewOrganisation("Stichting Geldzorg " + tag,
                OrganisationType.WELFARE, null, null, null));
        LocationId here = socialMap.addLocation(organisation, new LocationDetails("Buurtplein", "Marktplein 3",
                "9901 ZB", "Voorbeeldstad", null, 51.98, 5.02, true, null));
        LocationId there = socialMap.addLocation(organisation, new LocationDetails("Dorpshuis", "Brink 2", "9902 ZB",
                "Maasheuvel", null, 52.05, 5.20, true, null));
        register(organisation, EntryKind.SERVICE, "Schuldhulpverlening " + tag, "schuldhulpverlening", 0, here,
                CENTRE, true);
        register(organisation, EntryKind.SERVICE, "Schuldhulpmaatje " + tag, "schuldhulpverlening", 21, here, CENTRE,
                true);
        register(organisation, EntryKind.SERVICE, "Schuldhulp op het dorp " + tag, "schuldhulpverlening", 0, there,
                "BU99020101", false);
        register(organisation, EntryKind.INITIATIVE, "Samen eten " + tag, "maaltijden", null, here, CENTRE, true);
    }

    private void register(OrganisationId organisation, EntryKind kind, String name, String category,
            Integer waitingDays, LocationId location, String neighbourhood, boolean isPublic) {
        socialMap.register(organisation, new ServiceDetails(kind, name, "Samen orde in de geldzaken. " + tag, category,
                Set.of("geldzorgen"), null, Referral.SELF_REFERRAL, null, null, Set.of("nl"), "0900 123 4567", null,
                null, "Contactpersoon " + tag, null, waitingDays, Set.of(new NeighbourhoodCode(neighbourhood)),
                List.of(new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))), Set.of(location),
                isPublic, true), null);
    }

    @Test
    void aProfessionalSearchesFiltersAndSwitchesToTheMap() {
        loginAs(DemoUser.SOCIAL_WORKER);
        page.getByLabel("Hoofdmenu").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sociale kaart").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Sociale kaart");

        page.getByLabel("Zoek op").pressSequentially("schuldhulp " + tag, new com.microsoft.playwright.Locator
                .PressSequentiallyOptions().setDelay(20));
        assertThat(page.locator("#search-status")).hasText("3 resultaten");
        assertThat(page.locator(".hecht-hit")).hasCount(3);
        assertThat(page.locator(".hecht-hits")).not().containsText("Samen eten");
        assertThat(page).hasURL(Pattern.compile(".*/directory\\?q=schuldhulp\\+" + tag + ".*"));

        page.getByLabel("Buurt", new Page.GetByLabelOptions().setExact(true)).selectOption(CENTRE);
        assertThat(page.locator("#search-status")).hasText("2 resultaten");
        page.getByLabel(Pattern.compile("^Zonder wachttijd")).check();
        assertThat(page.locator("#search-status")).hasText("1 resultaat");
        assertThat(page.locator(".hecht-hit")).hasCount(1);
        assertThat(page.locator(".hecht-hit")).containsText("Schuldhulpverlening " + tag);
        assertThat(page.locator(".hecht-hit")).containsText("zonder wachttijd");
        assertThat(page.locator(".hecht-hit a")).hasAttribute("href", Pattern.compile("/directory/entries/[0-9a-f-]{36}"));
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kaart").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*view=map.*"));
        assertThat(page.locator("#directory-map")).hasAttribute("data-markers-drawn", "1");
        assertThat(page.locator("#directory-map .leaflet-marker-icon").first()).isVisible();
        assertAccessible(page);
        page.locator("#directory-map .leaflet-marker-icon").first().click();
        assertThat(page.locator(".leaflet-popup-content a")).hasAttribute("href", Pattern.compile("/directory/entries/.*"));
    }

    @Test
    void anAnonymousResidentUsesThePublicDirectoryAndOpensAnEntry() {
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zoek hulp in de wijk zonder in te loggen"))
                .click();
        assertThat(page.locator("h1")).hasText("Hulp in de wijk");
        page.getByLabel("Zoek op").fill("schuldhulp " + tag);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
        assertThat(page.locator("#search-status")).hasText("2 resultaten");
        assertThat(page.locator(".hecht-hits")).not().containsText("Schuldhulp op het dorp");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schuldhulpmaatje " + tag)).click();
        assertThat(page.locator("h1")).hasText("Schuldhulpmaatje " + tag);
        assertThat(page.locator("main")).containsText("0900 123 4567");
        assertThat(page.locator("main")).containsText("wachttijd ongeveer 21 dagen");
        assertThat(page.locator("main")).not().containsText("Contactpersoon " + tag);
        assertAccessible(page);
    }
}
