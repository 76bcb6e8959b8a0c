package nl.hecht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.hecht.directory.Organisations;
import nl.hecht.network.internal.network.NetworkConnections;

/**
 * A practice-based network (R136): the coordinator of the demo's elderly team around GP practices (Ouderenteam Oost)
 * picks two GP practices on its practice screen and sees their list sizes summed, there and on the network page; the
 * screen and the page pass axe. Afterwards the demo's own choice (De Linde and Gezondheidscentrum Oost) is restored.
 */
class PracticeNetworkBrowserTests extends BrowserTest {

    private static final String TEAM = "Ouderenteam Oost";

    @Autowired
    NetworkConnections connections;

    @Autowired
    Organisations organisations;

    @AfterEach
    void restoreTheDemosPractices() {
        connections.choosePractices(demoNetwork(TEAM).id(),
                List.of(practice("Huisartsenpraktijk De Linde"), practice("Gezondheidscentrum Oost")));
    }

    private UUID practice(String name) {
        return organisations.findByName(name).orElseThrow().id().value();
    }

    @Test
    void aCoordinatorPicksTwoGpPracticesForAnElderlyTeamAndSeesTheSummedListSize() {
        loginAs(DemoUser.COORDINATOR);
        visit(demoPath("/networks/{network:" + TEAM + "}"));
        assertThat(page.locator("h1")).hasText(TEAM);
        assertThat(page.locator("#area ~ p").first()).containsText("9.050");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Praktijken kiezen")).click();
        assertThat(page.locator("h1")).hasText("Huisartsenpraktijken van " + TEAM);
        assertThat(page.locator("#practice-population")).hasText("2 praktijken, samen 9.050 ingeschreven patiënten");
        assertAccessible(page);

        page.getByLabel("Huisartsenpraktijk De Linde").uncheck();
        page.getByLabel("Gezondheidscentrum Oost").uncheck();
        page.getByLabel("Huisartsenpraktijk Molenzicht").check();
        page.getByLabel("Huisartsenpraktijk De Vaart").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Praktijken opslaan")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De praktijken zijn opgeslagen.");
        // Molenzicht 2,900 and De Vaart 3,300
        assertThat(page.locator("#practice-population")).hasText("2 praktijken, samen 6.200 ingeschreven patiënten");
        assertThat(page.getByLabel("Huisartsenpraktijk Molenzicht")).isChecked();
        assertThat(page.getByLabel("Huisartsenpraktijk De Linde")).not().isChecked();
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar het netwerk")).click();
        assertThat(page.locator("h1")).hasText(TEAM);
        assertThat(page.locator("#area ~ p").first())
                .hasText("Dit netwerk werkt rond huisartsenpraktijken, samen 6.200 ingeschreven patiënten.");
        assertThat(page.locator("#area ~ ul").first()).containsText("Huisartsenpraktijk Molenzicht");
        assertThat(page.locator("#area ~ ul").first()).containsText("Huisartsenpraktijk De Vaart");
        assertAccessible(page);
    }
}
