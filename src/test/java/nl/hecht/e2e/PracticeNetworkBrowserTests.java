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

    /** R157, R141 and the GGZ theme in the demo: the school team's relation shows on both pages; the editors pass axe. */
    @Test
    void theSchoolTeamsRelationWithItsCoreNetworkShowsOnBothPages() {
        loginAs(DemoUser.RESV);
        visit(demoPath("/networks/{network:Schoolteam Zuid}"));
        assertThat(page.locator("h1")).hasText("Schoolteam Zuid");
        assertThat(page.locator(".hecht-lead")).containsText("team rond onderwijs");
        assertThat(page.locator("#relations-list")).containsText("Wijkverband Zuid");
        assertThat(page.locator("#relations-list")).containsText("De POH jeugd is de verbinding met de huisartsen.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samenwerking met kernnetwerken vastleggen"))
                .click();
        assertThat(page.getByLabel("Wijkverband Zuid", new Page.GetByLabelOptions().setExact(true))).isChecked();
        assertAccessible(page);

        visit(demoPath("/networks/{network:Wijkverband Zuid}"));
        assertThat(page.locator("#relations")).hasText("Thematische netwerken die met ons samenwerken");
        assertThat(page.locator("#relations-list")).containsText("Schoolteam Zuid");
        assertThat(page.locator("#relations-list")).containsText("Jeugdnetwerk Zuid");

        visit(demoPath("/networks/{network:GGZ-netwerk Haven en West}"));
        assertThat(page.locator(".hecht-lead")).containsText("GGZ");
        assertThat(page.locator("#contact-point-details")).containsText("Consultatielijn GGZ Voorbeeld");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aanspreekpunt wijzigen")).click();
        assertThat(page.getByLabel("Wie", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Consultatielijn GGZ Voorbeeld");
        assertAccessible(page);
        visit(demoPath("/networks/{network:GGZ-netwerk Haven en West}/who-to-call"));
        assertThat(page.locator("#contact-point-details")).containsText("Consultatielijn GGZ Voorbeeld");
        assertThat(page.locator(".hecht-tasks").first()).isVisible();
    }
}
