package nl.hecht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import nl.hecht.network.NetworkId;
import nl.hecht.network.internal.analysis.AnalysisRecords;

/**
 * Seeds 003 and 004: the coordinator of Wijkverband Oost opens its network analysis, sees the graph drawn and the same
 * players and lines in tables, and records a joint session with a line that then appears in the list; the RESV's area
 * manager opens the merged practice inventories of the region and sees the practice that is in no network flagged.
 */
class NetworkAnalysisBrowserTests extends BrowserTest {

    private static final String OOST = "Wijkverband Oost";
    private static final String NOTE = "Buurtpreventie samen opzetten (browsertest)";

    @Autowired
    AnalysisRecords analysis;

    /** The session this test records is taken out again, so later tests see the demo data. */
    @AfterEach
    void removeTheTestSession() {
        NetworkId oost = demoNetwork(OOST).id();
        analysis.sessions(oost).stream()
                .filter(session -> session.lines().stream().anyMatch(line -> NOTE.equals(line.note())))
                .forEach(session -> analysis.removeSession(oost, session.id()));
    }

    @Test
    void theCoordinatorOpensTheAnalysisAndDrawsALineInASession() {
        loginAs(DemoUser.COORDINATOR);
        visit(demoPath("/networks/{network:" + OOST + "}"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Netwerkanalyse").setExact(true)).click();

        assertThat(page.locator("h1")).hasText("Netwerkanalyse van " + OOST);
        Locator graph = page.locator("#analysis-graph");
        assertThat(graph).hasAttribute("data-ready", "true");
        assertThat(graph.locator("canvas").first()).isAttached();
        assertThat(page.locator("#nodes-table")).containsText("Huisartsenpraktijk De Linde");
        assertThat(page.locator("#nodes-table")).containsText("Speeltuinvereniging De Wip");
        assertThat(page.locator("#missing-table")).containsText("Wijkverpleging Samen");
        assertThat(page.locator("#lines-table")).not().containsText(NOTE);
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sessie vastleggen")).click();
        assertThat(page.locator("h1")).hasText("Sessie vastleggen voor " + OOST);
        page.getByLabel("Datum").fill("2025-11-20");
        page.getByLabel("Professionals").fill("Wijkagent, sociaal werker");
        page.locator("#lines-0-from").selectOption(new SelectOption().setLabel("Politie Regio Voorbeeld"));
        page.locator("#lines-0-to").selectOption(new SelectOption().setLabel("Huis van de Wijk Oost"));
        page.locator("#lines-0-kind").selectOption(new SelectOption().setLabel("werkt samen"));
        page.locator("#lines-0-note").fill(NOTE);
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sessie opslaan")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De sessie is vastgelegd.");
        Locator line = page.locator("#lines-table tr", new Page.LocatorOptions().setHasText(NOTE));
        assertThat(line).containsText("Politie Regio Voorbeeld");
        assertThat(line).containsText("Huis van de Wijk Oost");
        assertThat(line).containsText("werkt samen");
        assertThat(page.locator("#analysis-graph")).hasAttribute("data-ready", "true");
    }

    @Test
    void theAreaManagerSeesTheMergedInventoriesWithThePracticeInNoNetworkFlagged() {
        loginAs(DemoUser.RESV);
        visit(demoPath("/regions/{region}"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Huisartsenpraktijken")).click();

        assertThat(page.locator("h1")).hasText("Huisartsenpraktijken in " + DEMO_REGION);
        Locator vaart = page.locator("tr[data-practice='Huisartsenpraktijk De Vaart']");
        assertThat(vaart).hasAttribute("data-no-network", "true");
        assertThat(vaart).containsText("in geen netwerk");
        assertThat(page.locator("tr[data-practice='Huisartsenpraktijk De Linde']"))
                .hasAttribute("data-no-network", "false");
        assertThat(page.locator("#providers-table")).containsText("Apotheek Oost");
        assertThat(page.locator("#bottlenecks ~ ul").first()).containsText("moeilijk bereikbaar");
        assertAccessible(page);

        vaart.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("h1")).hasText("Samenwerking van Huisartsenpraktijk De Vaart");
        assertThat(page.locator("#rows-0-disciplineCode")).hasValue("DISTRICT_NURSE");
        assertAccessible(page);
    }
}
