package nl.hecht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.hecht.network.NetworkId;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * A coordinator edits the service area (R002) of their network on the map (Wijkverband Oost, whose seven
 * neighbourhoods include Vismarkt, which Wijkverband Centrum serves too): a click takes a neighbourhood in or out,
 * the map shows it in the legend's colours and the list below follows. The service area is restored afterwards.
 */
class AreaEditorBrowserTests extends BrowserTest {

    private static final String OOST = "Wijkverband Oost";
    private static final String VISMARKT = "BU99010106";
    private static final String KADEWIJK = "BU99010603";

    private static final String SELECTED = "#0b5d5a";
    private static final String OTHER = "#9e9e9e";
    private static final String FREE = "#ffffff";

    @Autowired
    NetworkManagement networks;

    @Autowired
    PlatformTransactionManager transactions;

    private Set<NeighbourhoodCode> serviceArea;

    @BeforeEach
    void rememberTheServiceArea() {
        serviceArea = new TransactionTemplate(transactions).execute(status -> Set.copyOf(
                networks.network(demoNetwork(OOST).id()).orElseThrow().serviceArea()));
    }

    @AfterEach
    void restoreTheServiceArea() {
        NetworkId oost = demoNetwork(OOST).id();
        networks.serveNeighbourhoods(oost, serviceArea);
    }

    @Test
    void clickingANeighbourhoodOnTheMapTakesItInOrOutOfTheServiceArea() {
        loginAs(DemoUser.COORDINATOR);
        visit(demoPath("/networks/{network:" + OOST + "}"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Werkgebied")).click();
        assertThat(page.locator("h1")).hasText("Werkgebied van " + OOST);

        Locator map = page.getByRole(AriaRole.REGION,
                new Page.GetByRoleOptions().setName("Kaart van de buurten van de regio"));
        assertThat(map.locator("path.leaflet-interactive")).hasCount(60);
        assertThat(shapes(map, SELECTED)).hasCount(7);
        assertThat(shapes(map, OTHER)).hasCount(52);
        assertThat(shapes(map, FREE)).hasCount(1);
        Locator legend = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Legenda"));
        assertThat(legend.getByRole(AriaRole.LISTITEM)).hasText(new String[] { "in dit netwerk",
                "in een ander wijkverband", "nog vrij" });
        assertThat(legend.locator(".hecht-swatch--free")).hasCSS("background-color", "rgb(255, 255, 255)");
        assertThat(page.locator("label[for='n-" + VISMARKT + "']"))
                .containsText("ook in 1000 dagen Centrum-Noord, Wijkverband Centrum");
        assertAccessible(page);

        // Vismarkt leaves Oost: it is still Centrum's, so it turns grey, not white
        Locator vismarkt = map.locator("path[data-code='" + VISMARKT + "']");
        vismarkt.hover();
        assertThat(page.locator(".leaflet-tooltip"))
                .hasText("Vismarkt (" + VISMARKT + ") · ook in 1000 dagen Centrum-Noord, Wijkverband Centrum");
        vismarkt.click();
        assertThat(vismarkt).hasAttribute("fill", OTHER);
        assertThat(page.getByLabel("Vismarkt (" + VISMARKT + ")")).not().isChecked();

        // Kadewijk, in no network, joins Oost
        Locator kadewijk = map.locator("path[data-code='" + KADEWIJK + "']");
        assertThat(kadewijk).hasAttribute("fill", FREE);
        kadewijk.click();
        assertThat(kadewijk).hasAttribute("fill", SELECTED);
        assertThat(page.getByLabel("Kadewijk (" + KADEWIJK + ")")).isChecked();

        // the clicks were saved: the page shows them after a reload, and the map takes them back as well
        page.reload();
        assertThat(map.locator("path[data-code='" + VISMARKT + "']")).hasAttribute("fill", OTHER);
        assertThat(map.locator("path[data-code='" + KADEWIJK + "']")).hasAttribute("fill", SELECTED);
        assertThat(page.getByLabel("Vismarkt (" + VISMARKT + ")")).not().isChecked();
        map.locator("path[data-code='" + KADEWIJK + "']").click();
        assertThat(map.locator("path[data-code='" + KADEWIJK + "']")).hasAttribute("fill", FREE);
        assertThat(page.getByLabel("Kadewijk (" + KADEWIJK + ")")).not().isChecked();
        map.locator("path[data-code='" + VISMARKT + "']").click();
        assertThat(map.locator("path[data-code='" + VISMARKT + "']")).hasAttribute("fill", SELECTED);
        assertThat(page.getByLabel("Vismarkt (" + VISMARKT + ")")).isChecked();
    }

    /** The neighbourhoods drawn on the map in this colour. */
    private static Locator shapes(Locator map, String colour) {
        return map.locator("path.leaflet-interactive[fill='" + colour + "']");
    }
}
