package nl.hecht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.hecht.e2e.DemoUser.ADMIN;
import static nl.hecht.e2e.DemoUser.COORDINATOR;
import static nl.hecht.e2e.DemoUser.NURSE;
import static nl.hecht.e2e.DemoUser.RESV;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The pages on a phone (390 px wide, 844 px high) and on a desktop (1280 px). No page is wider than
 * the screen (tables scroll in their own container), the search pages show the first result in the first screen
 * (the filters fold behind one button), the navigation folds behind one "Menu" button, select boxes have an arrow,
 * an error summary takes the focus, the analysis graph is laid out the same on every load with readable labels, and
 * the directory map without tiles draws the area outlines. axe still finds nothing at 390 px.
 * <p>
 * With {@code -Dhecht.screenshots=true} every page checked leaves a screenshot of its first screen in
 * {@code target/browser-screenshots/layout-*.png}.
 */
class ResponsiveLayoutBrowserTests extends BrowserTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final int DESKTOP_WIDTH = 1280;
    private static final int DESKTOP_HEIGHT = 800;

    private static final String OOST = "Wijkverband Oost";

    // --- no page wider than a phone -----------------------------------------------------------------

    @Test
    void anonymousPagesFitAPhone() {
        phone();
        checkFits("/public/directory", "/public/directory?view=map", "/public/directory?q=hulp", "/login");
    }

    @Test
    void theCoordinatorsPagesFitAPhone() {
        phone();
        loginAs(COORDINATOR);
        checkFits("/", "/directory", "/networks", "/networks/{network:" + OOST + "}",
                "/networks/{network:" + OOST + "}/analysis", "/networks/{network:" + OOST + "}/area",
                "/networks/{network:" + OOST + "}/who-to-call", "/directory/maintenance", "/profile");
    }

    @Test
    void theResvPagesFitAPhone() {
        phone();
        loginAs(RESV);
        checkFits("/regions/{region}/coverage", "/regions/{region}", "/regions/{region}/practices",
                "/networks/{network:Wijkverband Centrum}", "/organisations", "/directory/import");
    }

    @Test
    void theAdministratorsPagesFitAPhoneAndTheAccountsTableFitsADesktop() {
        phone();
        loginAs(ADMIN);
        checkFits("/admin/areas", "/admin/accounts", "/admin/accounts/new");

        page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        visit("/admin/accounts");
        assertNoHorizontalOverflow("/admin/accounts at " + DESKTOP_WIDTH);
        // the table's container shows all of it or scrolls itself: nothing is cut off
        Locator container = page.locator("#accounts").locator("xpath=..");
        assertThat(container).hasClass(java.util.regex.Pattern.compile(".*hecht-table-scroll.*"));
        Map<?, ?> box = (Map<?, ?>) container.evaluate(
                "e => ({ scroll: e.scrollWidth, client: e.clientWidth, overflow: getComputedStyle(e).overflowX })");
        assertThat(box.get("overflow")).isEqualTo("auto");
        screenshot("admin-accounts", DESKTOP_WIDTH);
    }

    @Test
    void aTableWiderThanThePhoneScrollsInItsContainerWithACueAndTheKeyboard() {
        phone();
        loginAs(ADMIN);
        visit("/admin/accounts");

        Locator container = page.locator("#accounts").locator("xpath=..");
        Number tableWidth = (Number) page.locator("#accounts").evaluate("e => e.scrollWidth");
        assertThat(tableWidth.intValue()).as("the accounts table is wider than the phone").isGreaterThan(PHONE_WIDTH);
        assertThat(container).hasClass(java.util.regex.Pattern.compile(".*hecht-table-scroll--overflowing.*"));
        assertThat(container).hasAttribute("tabindex", "0");
        assertThat(container).hasAttribute("role", "region");
        assertThat(container).hasAttribute("aria-label", java.util.regex.Pattern.compile(".+"));
        assertNoHorizontalOverflow("/admin/accounts");

        container.focus();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.waitForFunction("e => e.scrollLeft > 0", container.elementHandle());
    }

    // --- the search pages on a phone ----------------------------------------------------------------

    @Test
    void thePublicDirectoryShowsTheFirstResultInTheFirstScreenOfAPhone() {
        phone();
        visit("/public/directory");
        assertFirstResultInFirstScreen();
        screenshot("public-directory", PHONE_WIDTH);
    }

    @Test
    void theStaffSearchShowsTheFirstResultInTheFirstScreenAndTheFiltersFoldAgainForTheResults() {
        phone();
        loginAs(NURSE);
        visit("/directory");
        assertFirstResultInFirstScreen();

        Locator filters = page.locator("#search-filters");
        filters.locator("summary").click();
        assertThat(filters).hasAttribute("open", "");
        page.getByLabel(java.util.regex.Pattern.compile("^Zonder wachttijd")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon de resultaten")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*nowait=true.*"));
        assertThat(filters).not().hasAttribute("open", "");
        assertFirstResultInFirstScreen();
        assertThat(filters.locator("summary")).hasText("Filters (1 gekozen)");
        assertAccessible(page);
    }

    @Test
    void onADesktopTheFiltersAreOpenBesideTheResults() {
        page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        visit("/public/directory");
        assertThat(page.locator("#search-filters")).hasAttribute("open", "");
        assertThat(page.getByLabel("Buurt", new Page.GetByLabelOptions().setExact(true))).isVisible();
        Map<?, ?> boxes = (Map<?, ?>) page.evaluate("""
                () => ({ filters: document.querySelector('.hecht-search__filters').getBoundingClientRect().right,
                         results: document.querySelector('.hecht-search__results').getBoundingClientRect().left })""");
        assertThat(((Number) boxes.get("filters")).doubleValue())
                .isLessThanOrEqualTo(((Number) boxes.get("results")).doubleValue());
        screenshot("public-directory", DESKTOP_WIDTH);
    }

    // --- navigation ---------------------------------------------------------------------------------

    @Test
    void onAPhoneTheNavigationFoldsBehindOneMenuButton() {
        phone();
        loginAs(ADMIN);
        visit("/admin/areas");

        Locator menu = page.locator("#hecht-menu-button");
        Locator list = page.locator("#hecht-nav-list");
        assertThat(menu).isVisible();
        assertThat(menu).hasAttribute("aria-expanded", "false");
        assertThat(list).isHidden();
        Number headerHeight = (Number) page.evaluate("() => document.querySelector('header').getBoundingClientRect().height");
        assertThat(headerHeight.doubleValue()).as("header and navigation together").isLessThan(170);

        menu.click();
        assertThat(menu).hasAttribute("aria-expanded", "true");
        assertThat(list.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Gebieden"))).isVisible();
        assertAccessible(page);
        list.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accounts")).click();
        assertThat(page).hasURL(baseUrl() + "/admin/accounts");

        page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        assertThat(menu).isHidden();
        assertThat(list).isVisible();
    }

    // --- forms --------------------------------------------------------------------------------------

    @Test
    void selectBoxesHaveAnArrow() {
        phone();
        visit("/public/directory");
        page.locator("#search-filters summary").click();
        String image = (String) page.locator("#search-category").evaluate("e => getComputedStyle(e).backgroundImage");
        assertThat(image).startsWith("url(\"data:image/svg+xml");
        Number paddingEnd = (Number) page.locator("#search-category")
                .evaluate("e => parseFloat(getComputedStyle(e).paddingRight)");
        assertThat(paddingEnd.doubleValue()).as("room for the arrow").isGreaterThanOrEqualTo(32);
    }

    @Test
    void anErrorSummaryBelowTheFoldTakesTheFocusAndComesIntoView() {
        phone();
        loginAs(ADMIN);
        visit("/admin/areas");
        page.locator("form[action$='/admin/areas/map'] button[type=submit]").click();

        Locator summary = page.locator("form[action$='/admin/areas/map'] .utrecht-alert--error");
        assertThat(summary).isVisible();
        assertThat(summary).isFocused();
        assertThat(summary).isInViewport();
        assertAccessible(page);
    }

    // --- the analysis graph ---------------------------------------------------------------------------

    @Test
    void theAnalysisGraphHasTheSameLayoutOnEveryLoadAndReadableLabels() {
        loginAs(COORDINATOR);
        String path = demoPath("/networks/{network:" + OOST + "}/analysis");
        visit(path);
        Locator graph = page.locator("#analysis-graph");
        assertThat(graph).hasAttribute("data-ready", "true");
        String first = graph.getAttribute("data-layout");
        assertThat(first).isNotBlank();
        assertThat(Integer.parseInt(graph.getAttribute("data-label-px"))).isGreaterThanOrEqualTo(13);
        screenshot("analysis", DESKTOP_WIDTH);

        visit(path);
        assertThat(graph).hasAttribute("data-ready", "true");
        assertThat(graph.getAttribute("data-layout")).isEqualTo(first);
    }

    // --- the directory map without tiles ------------------------------------------------------------

    @Test
    void theDirectoryMapWithoutTilesDrawsTheAreaOutlinesUnderTheMarkers() {
        visit("/public/directory?view=map");
        Locator map = page.locator("#directory-map");
        assertThat(map).hasAttribute("data-outlines-drawn", java.util.regex.Pattern.compile("[1-9]\\d*"));
        assertThat(map.locator(".leaflet-overlay-pane path").first()).isAttached();
        assertThat(map.locator(".leaflet-marker-pane .leaflet-marker-icon").first()).isVisible();
        int outlines = map.locator(".leaflet-overlay-pane path").count();
        assertThat(outlines).as("two municipalities and their 60 neighbourhoods").isEqualTo(62);
        screenshot("public-directory-map", DESKTOP_WIDTH);
    }

    // --- helpers ----------------------------------------------------------------------------------------

    private void phone() {
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
    }

    /** Opens each page as the logged-in user: none may be wider than the screen, and axe finds nothing. */
    private void checkFits(String... paths) {
        for (String path : paths) {
            String address = demoPath(path);
            visitWithoutAxe(address, 200);
            assertNoHorizontalOverflow(address);
            assertAccessible(page);
            screenshot(address.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", ""), PHONE_WIDTH);
        }
    }

    private void assertNoHorizontalOverflow(String what) {
        Map<?, ?> widths = (Map<?, ?>) page.evaluate(
                "() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })");
        assertThat(((Number) widths.get("scroll")).intValue()).as(what + " is no wider than the window")
                .isLessThanOrEqualTo(((Number) widths.get("inner")).intValue());
    }

    private void assertFirstResultInFirstScreen() {
        assertThat(page.locator("#search-filters")).not().hasAttribute("open", "");
        Locator first = page.locator(".hecht-hit").first();
        assertThat(first).isVisible();
        Number top = (Number) first.evaluate("e => e.getBoundingClientRect().top + window.scrollY");
        assertThat(top.doubleValue()).as("the first result's top on the page").isLessThan(PHONE_HEIGHT - 60);
    }

    private void screenshot(String name, int width) {
        if (!Boolean.getBoolean("hecht.screenshots")) {
            return;
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("layout-" + name + "-" + width + ".png")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
