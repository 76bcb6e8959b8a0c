package nl.hecht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;

import nl.hecht.network.NetworkId;
import nl.hecht.wijkfoto.internal.WijkfotoRecords;

/**
 * The wijkfoto of a demo network (seed 004; R194, R196, R197, R099): the coordinator opens it from the network page,
 * sees the CBS figures as charts with their tables, the supply of the sociale kaart with a real gap, the demo's target
 * groups, notes and imported figures, writes down what they see, and prints it without the navigation.
 */
class WijkfotoBrowserTests extends BrowserTest {

    private static final String OOST = "Wijkverband Oost";
    private static final String NOTE = "Browsertest: de bewoners vragen om een bankje bij de bushalte.";

    @Autowired
    WijkfotoRecords records;

    @AfterEach
    void removeTheNote() {
        NetworkId oost = demoNetwork(OOST).id();
        records.notes(oost).stream().filter(note -> note.text().equals(NOTE))
                .forEach(note -> records.removeNote(oost, note.id()));
    }

    @Test
    void theWijkfotoOfADemoNetworkShowsTheChartsAndASupplyGap() {
        loginAs(DemoUser.COORDINATOR);
        visit(demoPath("/networks/{network:" + OOST + "}"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wijkfoto").setExact(true)).click();
        assertThat(page).hasURL(baseUrl() + demoPath("/networks/{network:" + OOST + "}/wijkfoto"));
        assertThat(page.locator("h1")).hasText("Wijkfoto van " + OOST);

        // every chart drawn beside its table, which stays the text alternative
        Locator charts = page.locator("[data-chart-for]");
        assertThat(charts).hasCount(6);
        assertThat(page.locator("[data-chart-for][data-drawn='true'] canvas[role='img']")).hasCount(6);
        assertThat(page.locator("#chart-ages canvas")).hasAttribute("aria-label",
                "Grafiek: Leeftijd. De cijfers staan in de tabel eronder.");
        Locator ages = page.locator("#table-ages");
        assertThat(ages.locator("thead th")).hasText(new String[] { "Wat", "Wijk", "Regio", "Nederland" });
        assertThat(ages.locator("tbody tr")).hasCount(5);
        assertThat(ages.locator("tbody tr").last()).containsText("65 jaar en ouder");

        // the supply with at least one real gap in Oost
        Locator gaps = page.locator("#supply-gaps li");
        assertThat(gaps.first()).isVisible();
        assertThat(page.locator("#supply-table tbody tr.hecht-wijkfoto__gap").first()).isVisible();

        // what the demo data recorded
        assertThat(page.locator("#target-groups")).containsText("Ouderen die alleen wonen");
        assertThat(page.locator("#notes")).containsText("Bewoners missen een plek om elkaar overdag te ontmoeten");
        assertThat(page.locator("#imported")).containsText("Huishoudens met schulden (per 1.000)");
        assertThat(page.locator("#imported")).containsText("Zorgverzekeraar Voorbeeld");
        assertAccessible(page);

        // the coordinator writes down what they see
        page.getByLabel("Wat ziet u in de wijk?").fill(NOTE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Het is opgeslagen.");
        assertThat(page.locator("#notes li").first()).containsText(NOTE);
        assertThat(page.locator("#notes li").first()).containsText("Carla de Vries");

        // printable: no navigation, no forms
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".hecht-nav")).isHidden();
        assertThat(page.locator("#wijkfoto-print")).isHidden();
        assertThat(page.getByLabel("Wat ziet u in de wijk?")).isHidden();
        assertThat(page.locator("#table-ages")).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        // one neighbourhood of the area
        Locator first = page.getByRole(AriaRole.NAVIGATION,
                new Page.GetByRoleOptions().setName("Buurten in het werkgebied")).getByRole(AriaRole.LINK).first();
        String name = first.textContent().strip();
        first.click();
        assertThat(page.locator("h1")).hasText("Wijkfoto van " + name + " (" + OOST + ")");
        assertThat(page.locator("[data-chart-for][data-drawn='true']")).hasCount(6);
        assertAccessible(page);
    }

    @Test
    void aMemberSeesItWithoutTheFormsAndAnOutsiderGetsNotFound() {
        loginAs(DemoUser.NURSE);
        visit(demoPath("/networks/{network:" + OOST + "}/wijkfoto"));
        assertThat(page.locator("h1")).hasText("Wijkfoto van " + OOST);
        assertThat(page.getByLabel("Wat ziet u in de wijk?")).hasCount(0);
        assertThat(page.locator("#figures-file")).hasCount(0);

        reopenContextWith(null);
        loginAs(DemoUser.PHARMACIST);
        visit(demoPath("/networks/{network:" + OOST + "}/wijkfoto"), 404);
    }
}
