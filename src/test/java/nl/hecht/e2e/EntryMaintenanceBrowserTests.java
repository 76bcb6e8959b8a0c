package nl.hecht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.NetworkAreas;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.ServiceId;
import nl.hecht.directory.SocialMap;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The coordinator of Wijkverband Oost edits an entry in the network's area and sees the change
 * in its history; axe passes on the entry page, the edit form, the history and the maintenance overview.
 */
class EntryMaintenanceBrowserTests extends BrowserTest {

    @Autowired
    Organisations organisations;
    @Autowired
    SocialMap socialMap;
    @Autowired
    NetworkAreas networkAreas;

    @Test
    void theCoordinatorEditsAnEntryInTheAreaAndSeesTheChangeInTheHistory() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        NeighbourhoodCode oost = networkAreas.networks().stream()
                .filter(network -> network.name().equals("Wijkverband Oost")).findFirst().orElseThrow()
                .neighbourhoods().iterator().next();
        OrganisationId owner = organisations.register(new NewOrganisation("Buurtvereniging " + tag,
                OrganisationType.COMMUNITY, null, null, null));
        ServiceId entry = socialMap.register(owner, new ServiceDetails(EntryKind.INITIATIVE, "Buurtsoep " + tag,
                "Soep voor wie alleen woont.", "maaltijden", Set.of("ouderen"), null, Referral.SELF_REFERRAL, null,
                "gratis", Set.of("nl"), null, null, null, null, "Henk de Trekker", 0, Set.of(oost), List.of(), Set.of(),
                true, true), null);

        loginAs(DemoUser.COORDINATOR);
        visit("/directory/maintenance");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buurtsoep " + tag)).click();
        assertThat(page.locator("h1")).hasText("Buurtsoep " + tag);
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wijzigen")).click();
        assertThat(page.locator("h1")).hasText("Vermelding wijzigen");
        assertAccessible(page);
        page.getByLabel("Trekker").fill("Henk en Ria de Trekker");
        page.locator("#hours-0-day").selectOption("THURSDAY");
        page.getByLabel("Van (regel 1)").fill("17:30");
        page.getByLabel("Tot (regel 1)").fill("19:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan").setExact(true)).last().click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("De vermelding is opgeslagen.");
        assertThat(page.locator("main")).containsText("Henk en Ria de Trekker");
        assertThat(page.locator("main")).containsText("donderdag 17:30–19:00");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Geschiedenis van de vermelding")).click();
        assertThat(page.locator("h1")).hasText("Geschiedenis van Buurtsoep " + tag);
        var newest = page.locator("ol.hecht-history > li").first();
        assertThat(newest).hasAttribute("data-kind", "CHANGED");
        assertThat(newest).containsText("Carla de Vries");
        assertThat(newest).containsText("Henk en Ria de Trekker");
        assertThat(newest).containsText("donderdag 17:30-19:00");
        assertThat(page.locator("ol.hecht-history > li").last()).hasAttribute("data-kind", "IMPORTED");
        assertAccessible(page);
    }
}
