package nl.hecht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.hecht.network.internal.network.NetworkManagement;

/**
 * The RESV's coverage view (R001, R006) of the demo region (the 2030 headline, the map, each kind of finding, no
 * overlap from thematic networks) and a size justification that silences a size warning.
 * <p>
 * The demo region (see {@code NetworkDemoData}) has on purpose one neighbourhood without a network (Kadewijk), one
 * network in formation (West, six neighbourhoods, no coordinator yet), one neighbourhood in two core networks
 * (Vismarkt, Centrum and Oost), one network too small without a justification (Haven) and one with (Maasdorp), and one
 * network without a pharmacist (Oost); the thematic networks cover twenty neighbourhoods of core networks.
 */
class CoverageBrowserTests extends BrowserTest {

    private static final String HAVEN = "Wijkverband Haven";

    private static final String COVERED = "#2e7d32";
    private static final String OVERLAP = "#ef6c00";
    private static final String FORMING = "#f9a825";
    private static final String GAP = "#c62828";

    @Autowired
    NetworkManagement networks;

    /** Haven is unjustified in the demo data; a test that failed half-way must not leave it otherwise. */
    @AfterEach
    void restoreHaven() {
        networks.justifySize(demoNetwork(HAVEN).id(), null);
    }

    @Test
    void theResvSeesTheMapTheHeadlineAndEachKindOfFindingAndNoOverlapFromThematicNetworks() {
        loginAs(DemoUser.RESV);
        visit("/regions");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dekking")).click();
        assertThat(page).hasURL(baseUrl() + demoPath("/regions/{region}/coverage"));
        assertThat(page.locator("h1")).hasText("Dekking van Regio Voorbeeld");

        Locator headline = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Ambitie 2030"));
        assertThat(headline).containsText("88,3% van de buurten heeft een actief hecht wijkverband (53 van 60)");
        assertThat(headline).containsText("85,1% van de inwoners woont in zo een buurt (102.225 van 120.055)");

        assertThat(count("gaps")).hasText("7");
        assertThat(count("overlaps")).hasText("1");
        assertThat(count("sizes")).hasText("1");
        assertThat(count("composition")).hasText("2");
        assertThat(count("coordinator")).hasText("1");

        // the map: every neighbourhood of the region drawn by Leaflet, coloured as the legend says
        Locator map = page.getByRole(AriaRole.REGION,
                new Page.GetByRoleOptions().setName("Kaart van de buurten van de regio, gekleurd naar dekking"));
        assertThat(map.locator("svg path.leaflet-interactive")).hasCount(60);
        assertThat(shapes(map, COVERED)).hasCount(52);
        assertThat(shapes(map, OVERLAP)).hasCount(1);
        assertThat(shapes(map, FORMING)).hasCount(6);
        assertThat(shapes(map, GAP)).hasCount(1);
        Locator legend = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Legenda"));
        assertThat(legend.getByRole(AriaRole.LISTITEM)).hasText(new String[] { "gedekt door één actief wijkverband",
                "in meer dan één wijkverband", "alleen een wijkverband in vorming of gepauzeerd", "geen wijkverband" });

        // gaps: Kadewijk, in no network at all, and West's six neighbourhoods, whose network is in formation
        Locator gaps = table("gaps");
        assertThat(gaps.locator("tbody tr")).hasCount(7);
        assertThat(row(gaps, "Kadewijk (BU99010603)")).containsText("geen netwerk");
        assertThat(gaps.locator("tbody tr").filter(new Locator.FilterOptions()
                .setHasText("Wijkverband West (in vorming)"))).hasCount(6);

        // one overlap between core networks; the thematic networks over Centrum, Noord and Zuid raise none
        Locator overlaps = table("overlaps");
        assertThat(overlaps.locator("tbody tr")).hasCount(1);
        assertThat(row(overlaps, "Vismarkt (BU99010106)")).containsText("Wijkverband Centrum, Wijkverband Oost");
        assertThat(overlaps).not().containsText("1000 dagen");
        assertThat(overlaps).not().containsText("Jeugdnetwerk");
        assertThat(overlaps).not().containsText("Ouderenteam");

        // sizes: Haven too small and not justified, Maasdorp too small with a justification
        Locator sizes = table("sizes");
        assertThat(sizes.locator("tbody tr")).hasCount(2);
        assertThat(row(sizes, HAVEN)).containsText("kleiner dan het advies");
        assertThat(row(sizes, HAVEN)).containsText("nog niet onderbouwd");
        assertThat(row(sizes, "Wijkverband Maasdorp")).containsText("geaccepteerd (onderbouwd)");

        // composition: Oost has no pharmacist; West, in formation, has the four core players (some without a named
        // contact, which is only a tip) but not the physiotherapist the region expects
        Locator composition = table("composition");
        assertThat(composition.locator("tbody tr")).hasCount(2);
        assertThat(row(composition, "Wijkverband Oost")).containsText("Apotheker (ontbreekt)");
        assertThat(row(composition, "Wijkverband West")).containsText("Fysiotherapeut (ontbreekt)");
        assertThat(row(composition, "Wijkverband West")).not().containsText("aanspreekpunt");
        assertThat(page.locator("body")).not().containsText("onvolledige samenstelling");
        // ... which the page lists apart, as a tip, not counted among the findings
        assertThat(page.locator("[data-composition-tips] li").filter(new Locator.FilterOptions()
                .setHasText("Wijkverband West"))).containsText("Apotheker");

        assertThat(page.locator("#coordinator + ul li")).hasText(new String[] { "Wijkverband West" });
        assertAccessible(page);
    }

    @Test
    void aJustificationSilencesTheSizeWarning() {
        loginAs(DemoUser.RESV);
        visit(demoPath("/regions/{region}/coverage"));
        assertThat(count("sizes")).hasText("1");

        row(table("sizes"), HAVEN).getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(baseUrl() + demoPath("/networks/{network:" + HAVEN + "}") + "#size");
        page.getByLabel("Onderbouwing als het netwerk afwijkt van het advies van de regio")
                .fill("De havenwijk is klein en groeit: de nieuwbouw van Kadewijk komt erbij.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Onderbouwing opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De onderbouwing is opgeslagen.");
        assertThat(page.locator("main")).containsText("Onderbouwing van de omvang: De havenwijk is klein en groeit");
        assertAccessible(page);

        visit(demoPath("/regions/{region}/coverage"));
        assertThat(count("sizes")).hasText("0");
        assertThat(row(table("sizes"), HAVEN)).containsText("geaccepteerd (onderbouwd)");

        // without the justification the warning is back
        row(table("sizes"), HAVEN).getByRole(AriaRole.LINK).click();
        page.getByLabel("Onderbouwing als het netwerk afwijkt van het advies van de regio").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Onderbouwing opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De onderbouwing is opgeslagen.");
        visit(demoPath("/regions/{region}/coverage"));
        assertThat(count("sizes")).hasText("1");
        assertThat(row(table("sizes"), HAVEN)).containsText("nog niet onderbouwd");
    }

    /** The neighbourhoods drawn on the map in this colour. */
    private static Locator shapes(Locator map, String colour) {
        return map.locator("svg path.leaflet-interactive[fill='" + colour + "']");
    }

    /** The number of findings of a kind in the table of counts. */
    private Locator count(String finding) {
        return page.locator("td[data-finding='" + finding + "']");
    }

    /** The table of the findings under the heading with this id. */
    private Locator table(String headingId) {
        return page.locator("#" + headingId + " ~ .hecht-table-scroll table").first();
    }

    private static Locator row(Locator table, String text) {
        return table.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(text));
    }
}
