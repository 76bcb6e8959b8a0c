package nl.hecht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.hecht.e2e.DemoUser.ADMIN;
import static nl.hecht.e2e.DemoUser.CLIENT;
import static nl.hecht.e2e.DemoUser.COORDINATOR;
import static nl.hecht.e2e.DemoUser.NURSE;
import static nl.hecht.e2e.DemoUser.RESV;
import static nl.hecht.e2e.DemoUser.SOCIAL_WORKER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.microsoft.playwright.Route;

/**
 * axe (WCAG 2.1 A and AA) on the pages of Hecht that no workflow test opens, as the people who use them see them.
 * Each page must also answer with the status given here and stay at its address (no redirect to the login), so a
 * listed page that is missing or refused fails the test.
 * <p>
 * The pages the workflow tests open with {@code visit} (and the page after each login) are checked there, once
 * per JVM, by {@link BrowserTest#assertAccessibleOnce(com.microsoft.playwright.Page)} as the person of that test
 * (at the default 1280 px, in Dutch). This list therefore no longer has:
 * <ul>
 * <li>anonymous {@code /login}: LoginBrowserTests;</li>
 * <li>admin {@code /}: the page after a login, e.g. in AreaImportBrowserTests;</li>
 * <li>admin {@code /admin/accounts}: ResponsiveLayoutBrowserTests (the accounts table on a desktop);</li>
 * <li>admin {@code /admin/areas}: AreaImportBrowserTests;</li>
 * <li>coordinator {@code /networks/<Oost>}: AreaEditorBrowserTests, NetworkAnalysisBrowserTests;</li>
 * <li>coordinator {@code /networks/<Oost>/area}: NamesAsTextBrowserTests;</li>
 * <li>coordinator {@code /networks/<Oost>/analysis}: ResponsiveLayoutBrowserTests (the analysis graph);</li>
 * <li>coordinator {@code /directory/maintenance}: EntryMaintenanceBrowserTests;</li>
 * <li>resv {@code /regions}, {@code /regions/<region>/coverage}: CoverageBrowserTests;</li>
 * <li>resv {@code /regions/<region>}: NetworkAnalysisBrowserTests;</li>
 * <li>resv {@code /organisations}: DirectoryImportBrowserTests;</li>
 * <li>anonymous {@code /public/directory} and {@code ?view=map}: ResponsiveLayoutBrowserTests (on a desktop).</li>
 * </ul>
 * A page moves from this list only when a workflow test {@code visit}s it as the same person.
 */
class AccessibilityBrowserTests extends BrowserTest {

    /** The storage state (cookies) of each person's session, signed in once for all pages of this class. */
    private static final Map<DemoUser, String> SIGNED_IN = new EnumMap<>(DemoUser.class);

    /**
     * The pages to check: one line per page and person. A page that is not there (404) or refused (403) where this
     * list expects 200 fails the test, so list only pages that exist. {@code {region}} and {@code {network:Name}}
     * stand for the ids of the demo region and its networks (see {@link BrowserTest#demoPath(String)}).
     */
    static Stream<PageToCheck> pages() {
        return Stream.of(
                PageToCheck.anonymous("/login?lang=en"),
                PageToCheck.codeStepOf(NURSE),
                PageToCheck.as(CLIENT, "/?lang=en"),
                PageToCheck.as(ADMIN, "/admin/accounts/new"),
                PageToCheck.as(ADMIN, "/profile"),
                PageToCheck.as(CLIENT, "/profile"),
                PageToCheck.as(NURSE, "/profile/mfa"),
                PageToCheck.as(NURSE, "/networks"),
                PageToCheck.as(NURSE, "/networks/{network:Wijkverband Centrum}"),
                PageToCheck.as(NURSE, "/networks/{network:Wijkverband Oost}/who-to-call"),
                PageToCheck.as(COORDINATOR, "/networks/{network:Wijkverband Oost}/members/new"),
                PageToCheck.as(COORDINATOR, "/networks/{network:Wijkverband Oost}/charter"),
                PageToCheck.as(NURSE, "/networks/{network:Wijkverband Oost}/charter/view"),
                PageToCheck.as(RESV, "/networks/{network:1000 dagen Centrum-Noord}/charter/view?lang=en"),
                PageToCheck.as(COORDINATOR, "/networks/{network:Wijkverband Oost}/composition-settings"),
                PageToCheck.as(COORDINATOR, "/networks/{network:Wijkverband Oost}/analysis/sessions/new"),
                PageToCheck.as(NURSE, "/networks/{network:Wijkverband Oost}/analysis?lang=en"),
                PageToCheck.as(RESV, "/regions/{region}/practices"),
                PageToCheck.as(RESV, "/networks/{network:Ouderenteam De Linde en Het Anker}"),
                PageToCheck.as(RESV, "/networks/{network:Wijkverband Haven}/profile"),
                PageToCheck.as(RESV, "/networks/{network:Wijkverband West}/status"),
                PageToCheck.as(RESV, "/networks/{network:Wijkverband West}"),
                PageToCheck.as(RESV, "/networks/{network:Wijkverband Zuid}/members/new"),
                PageToCheck.as(RESV, "/regions/{region}/networks/new"),
                PageToCheck.as(ADMIN, "/organisations/new"),
                PageToCheck.as(RESV, "/directory/maintenance"),
                PageToCheck.as(RESV, "/directory/import"),
                PageToCheck.as(ADMIN, "/bestaat-niet", 404),
                PageToCheck.as(NURSE, "/admin/accounts", 403),
                PageToCheck.as(SOCIAL_WORKER, "/directory"),
                PageToCheck.as(COORDINATOR, "/directory?view=map&nowait=true"),
                PageToCheck.anonymous("/public/directory?lang=en&q=hulp"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageIsAccessible(PageToCheck check) {
        if (check.codeStep()) {
            enterPassword(page, check.user().username, DemoUser.PASSWORD);
        } else {
            if (check.user() != null) {
                signIn(check.user());
            }
            visitWithoutAxe(demoPath(check.path()), check.status());
        }
        assertThat(page).hasURL(baseUrl() + demoPath(check.path()));
        assertThat(page.locator("h1")).hasCount(1);
        assertAccessible(page);
    }

    /**
     * Signs the person in: the first time with password and code, then with the cookies of that session (Dutch,
     * as just after the login; a page with {@code lang=} changes only its own browser context). The login itself
     * is tested in {@code LoginBrowserTests}; a login per page would double this class's time.
     */
    private void signIn(DemoUser user) {
        String session = SIGNED_IN.get(user);
        if (session == null) {
            loginAs(page, user.username);
            SIGNED_IN.put(user, context.storageState());
        } else {
            reopenContextWith(session);
        }
    }

    @Test
    void axeReportsAViolationWithRuleImpactHelpAndTarget() {
        visit("/login");
        page.evaluate("() => document.querySelector('label[for=username]').remove()");

        assertThatThrownBy(() -> assertAccessible(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("on " + baseUrl() + "/login")
                .hasMessageContaining("- label [critical] Form elements must have labels")
                .hasMessageContaining("element #username");
    }

    @Test
    void aWorkflowTestFailsOnAViolationOfAPageItVisits() {
        page.route("**/test/unlabelled-form", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                .setContentType("text/html; charset=utf-8").setBody("""
                        <!DOCTYPE html><html lang="nl"><head><title>Zonder label</title></head>
                        <body><main><h1>Zonder label</h1><form><input id="naam" type="text"></form></main></body></html>
                        """)));

        assertThatThrownBy(() -> visit("/test/unlabelled-form"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("accessibility rule(s) violated (WCAG 2.1 A/AA) on " + baseUrl()
                        + "/test/unlabelled-form")
                .hasMessageContaining("- label [critical] Form elements must have labels")
                .hasMessageContaining("element #naam");
    }

    /**
     * A page to check: whose (nobody, a demo user, or a demo user half-way through the login), which address, and
     * the status it must answer with.
     */
    record PageToCheck(DemoUser user, boolean codeStep, String path, int status) {

        static PageToCheck anonymous(String path) {
            return new PageToCheck(null, false, path, 200);
        }

        /** The code page, reached by giving this person's password. */
        static PageToCheck codeStepOf(DemoUser user) {
            return new PageToCheck(user, true, "/login/code", 200);
        }

        static PageToCheck as(DemoUser user, String path) {
            return as(user, path, 200);
        }

        static PageToCheck as(DemoUser user, String path, int status) {
            return new PageToCheck(user, false, path, status);
        }

        @Override
        public String toString() {
            return (user == null ? "anonymous" : user.username) + " " + path
                    + (status == 200 ? "" : " (" + status + ")");
        }
    }
}
