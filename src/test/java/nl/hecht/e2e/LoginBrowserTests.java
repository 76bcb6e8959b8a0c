package nl.hecht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * The login with password and second factor, the language switch and the logout, as a person uses them. axe checks
 * the home page of every role and the login and code pages with their error messages; the plain login and code
 * pages are in {@link AccessibilityBrowserTests}.
 */
class LoginBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(DemoUser.class)
    void everyDemoRoleLogsInWithPasswordAndCodeAndSeesTheHomePage(DemoUser user) {
        loginAs(user);

        assertThat(page).hasURL(baseUrl() + "/");
        assertThat(page.locator("h1")).hasText("Welkom, " + user.displayName);
        assertThat(page.locator(".hecht-header__name")).hasText(user.displayName);
        // each role label once; the header does not promise an order (the roles are a set)
        Locator roles = page.locator(".hecht-header__roles");
        assertThat(roles.locator("span")).hasCount(user.roleLabels.size());
        for (String label : user.roleLabels) {
            assertThat(roles).containsText(label);
        }
        assertThat(logoutButton()).hasText("Uitloggen");
        assertAccessible(page);
    }

    @Test
    void switchesTheLanguageToEnglishAndBack() {
        visit("/login");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.locator("h1")).hasText("Inloggen");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Log in");
        assertThat(page.locator("form[action$='/login'] button[type=submit]")).hasText("Log in");
        assertThat(page.getByLabel("Username")).isVisible();

        loginAs(page, DemoUser.COORDINATOR.username);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Welcome, Carla de Vries");
        assertThat(page.locator(".hecht-header__roles")).containsText("coordinator");
        assertThat(logoutButton()).hasText("Log out");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nederlands")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.locator("h1")).hasText("Welkom, Carla de Vries");
        assertThat(page.locator(".hecht-header__roles")).containsText("coördinator");
        assertThat(logoutButton()).hasText("Uitloggen");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))).isVisible();
    }

    @Test
    void logoutEndsTheSession() {
        loginAs(DemoUser.NURSE);

        logoutButton().click();
        assertThat(page).hasURL(baseUrl() + "/login?logout");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("U bent uitgelogd.");
        assertThat(page.locator(".hecht-header__user")).hasCount(0);

        visit("/");
        assertThat(page).hasURL(baseUrl() + "/login");
        assertThat(page.locator("h1")).hasText("Inloggen");
    }

    @Test
    void aWrongPasswordGivesAClearDutchMessageAndKeepsTheUsername() {
        enterPassword(page, DemoUser.SOCIAL_WORKER.username, "niet-het-wachtwoord");

        assertThat(page).hasURL(baseUrl() + "/login");
        assertThat(page.locator("#login-error")).hasText("Inloggen is niet gelukt. De gebruikersnaam of het wachtwoord "
                + "klopt niet, of het account is na te veel mislukte pogingen tijdelijk geblokkeerd. Controleer wat u "
                + "hebt getypt en probeer het over een paar minuten opnieuw.");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("De gebruikersnaam of het wachtwoord klopt niet");
        assertThat(page.locator("#username")).hasValue(DemoUser.SOCIAL_WORKER.username);
        assertThat(page.locator("#password")).hasValue("");
        assertThat(page.locator("#password")).isFocused();
        assertAccessible(page);

        loginAs(DemoUser.SOCIAL_WORKER);
        assertThat(page.locator("h1")).hasText("Welkom, Sanne Visser");
    }

    @Test
    void aWrongCodeGivesAClearDutchMessageAndTheRightCodeStillWorks() {
        enterPassword(page, DemoUser.PHARMACIST.username, DemoUser.PASSWORD);
        assertThat(page).hasURL(baseUrl() + "/login/code");
        String rightCode = nextTotpCode();

        enterCode(page, wrongCode());
        assertThat(page).hasURL(baseUrl() + "/login/code");
        assertThat(page.locator("#code-error")).hasText(
                "Deze code klopt niet of is al gebruikt. Vul de code in die nu in uw app staat.");
        assertThat(page.locator("#code")).hasAttribute("aria-invalid", "true");
        assertAccessible(page);

        enterCode(page, rightCode);
        assertThat(page).hasURL(baseUrl() + "/");
        assertThat(page.locator("h1")).hasText("Welkom, Pieter Bakker");
    }

    @Test
    void aCodeIsAcceptedOnlyOnce() {
        loginAs(DemoUser.CLIENT);
        String usedCode = totpCode();
        logoutButton().click();
        assertThat(page).hasURL(baseUrl() + "/login?logout");

        enterPassword(page, DemoUser.CLIENT.username, DemoUser.PASSWORD);
        enterCode(page, usedCode);
        assertThat(page.locator("#code-error")).containsText("Deze code klopt niet of is al gebruikt.");

        enterCode(page, nextTotpCode());
        assertThat(page.locator("h1")).hasText("Welkom, Karel Smit");
    }

    @Test
    void anUnauthenticatedVisitGoesToTheLoginPage() {
        for (String path : List.of("/", "/admin/accounts", "/profile", "/login/code")) {
            visit(path);
            assertThat(page).hasURL(baseUrl() + "/login");
            assertThat(page.locator("h1")).hasText("Inloggen");
        }
    }

    @Test
    void noPageBreaksTheContentSecurityPolicyOrLogsAnError() {
        Response login = visit("/login");
        assertThat(login.headerValue("content-security-policy"))
                .contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-inline");
        assertNoPageProblems("login page");

        enterPassword(page, DemoUser.ADMIN.username, "niet-het-wachtwoord");
        assertThat(page.locator("#login-error")).isVisible();
        assertNoPageProblems("login page with an error");

        enterPassword(page, DemoUser.ADMIN.username, DemoUser.PASSWORD);
        assertThat(page).hasURL(baseUrl() + "/login/code");
        assertNoPageProblems("code page");

        enterCode(page, wrongCode());
        assertThat(page.locator("#code-error")).isVisible();
        assertNoPageProblems("code page with an error");

        enterCode(page, nextTotpCode());
        assertThat(page.locator("h1")).hasText("Welkom, Anouk Beheer");
        assertNoPageProblems("home page");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("h1")).hasText("Welcome, Anouk Beheer");
        assertNoPageProblems("home page in English");

        visit("/bestaat-niet", 404);
        assertThat(page.locator("h1")).hasText("Page not found");
        assertNoPageProblems("404 page");

        logoutButton().click();
        assertThat(page).hasURL(baseUrl() + "/login?logout");
        assertNoPageProblems("login page after logout");
    }

    @Test
    void anInlineScriptIsBlockedAndReported() {
        visit("/login");

        Object ran = page.evaluate("""
                () => new Promise(resolve => {
                  document.addEventListener('securitypolicyviolation',
                      () => setTimeout(() => resolve(window.hechtInlineScriptRan === true)), { once: true });
                  const script = document.createElement('script');
                  script.textContent = 'window.hechtInlineScriptRan = true;';
                  document.body.append(script);
                })""");

        assertThat(ran).as("the inline script ran despite the CSP").isEqualTo(false);
        assertThat(pageProblems()).anySatisfy(problem -> assertThat(problem)
                .startsWith("CSP violation on " + baseUrl() + "/login").contains("script-src"));
        pageProblems().clear();
    }

    private void assertNoPageProblems(String where) {
        assertThat(pageProblems()).as("problems on the " + where).isEmpty();
    }

    private Locator logoutButton() {
        return page.locator(".hecht-header__user form[action$='/logout'] button");
    }

    /** A six-digit code that is valid in none of the steps the app accepts now (one step early or late). */
    private String wrongCode() {
        long now = currentTotpStep();
        List<String> valid = List.of(totpCode(now - 1), totpCode(now), totpCode(now + 1));
        for (long step = now + 10; ; step++) {
            if (!valid.contains(totpCode(step))) {
                return totpCode(step);
            }
        }
    }
}
