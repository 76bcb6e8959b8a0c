package nl.hecht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.hecht.network.NetworkId;
import nl.hecht.network.internal.network.CharterDraft;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkManagement;

/**
 * The charter with structure (issue 11): on a phone-sized window (360 px) the coordinator of Wijkverband Oost ticks
 * the GGZ domain and an own loket, is told the loket needs a note, adds it and reads the charter page, which offers the
 * PDF; a member reads the same page without the edit link. axe checks each page. The demo charter is put back after.
 */
class CharterBrowserTests extends BrowserTest {

    private static final String OOST = "Wijkverband Oost";

    @Autowired
    NetworkManagement networks;

    @Autowired
    PlatformTransactionManager transactions;

    private CharterDraft before;

    @BeforeEach
    void rememberTheDemoCharter() {
        NetworkId oost = demoNetwork(OOST).id();
        before = new TransactionTemplate(transactions).execute(status -> {
            Network network = networks.network(oost).orElseThrow();
            return new CharterDraft(network.charter(), network.documentLinks(), network.commitments(),
                    network.modelDecisions(), network.predecessor().description(), null);
        });
    }

    @AfterEach
    void putTheDemoCharterBack() {
        NetworkId oost = demoNetwork(OOST).id();
        new TransactionTemplate(transactions).executeWithoutResult(status -> networks.recordCharter(oost, before));
    }

    @Test
    void theCoordinatorRecordsAnOwnLoketOnAPhoneAndMembersReadTheCharter() {
        page.setViewportSize(360, 800);
        loginAs(DemoUser.COORDINATOR);
        NetworkId oost = demoNetwork(OOST).id();
        visit("/networks/" + oost + "/charter");
        assertThat(page.locator("h1")).hasText(OOST + ": waar staan wij voor");
        assertThat(page.getByLabel("GGZ", new Page.GetByLabelOptions().setExact(true))).isChecked();
        page.getByLabel("Jeugd", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Ja, het team heeft een eigen loket of spreekuur").check();
        page.locator("#loketNote").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();

        assertThat(page.locator("#loketNote-error")).containsText("Schrijf op waar en wanneer");
        assertThat(page.getByLabel("Jeugd", new Page.GetByLabelOptions().setExact(true))).isChecked();
        assertNoHorizontalScroll();
        page.locator("#loketNote").fill("Spreekuur op woensdag van 13 tot 14 uur in het Huis van de Wijk Oost.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();

        assertThat(page).hasURL(baseUrl() + "/networks/" + oost + "/charter/view");
        assertAccessible(page);
        assertThat(page.locator("main")).containsText("Spreekuur op woensdag van 13 tot 14 uur");
        assertThat(page.locator("main")).containsText("Jeugd, GGZ, Ouderen");
        assertThat(page.locator("main")).containsText("Kartelverbod");
        assertNoHorizontalScroll();
        Download download = page.waitForDownload(() -> page.locator("#charter-pdf").click());
        assertThat(download.suggestedFilename()).isEqualTo("waar-staan-wij-voor-wijkverband-oost.pdf");
    }

    @Test
    void aMemberReadsTheCharterFromTheNetworkPageWithoutTheEditLink() {
        loginAs(DemoUser.NURSE);
        NetworkId oost = demoNetwork(OOST).id();
        visit("/networks/" + oost);
        page.locator("#charter-page-link").click();
        assertThat(page).hasURL(baseUrl() + "/networks/" + oost + "/charter/view");
        assertAccessible(page);
        assertThat(page.locator("main")).containsText("Huisartsenpraktijk De Linde");
        assertThat(page.locator("a[href='/networks/" + oost + "/charter']")).hasCount(0);
    }

    private void assertNoHorizontalScroll() {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("no horizontal scrolling at 360 px on " + page.url()).isEqualTo(true);
    }
}
