package nl.hecht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.Networks;
import nl.hecht.network.RegionSummary;
import nl.hecht.network.Regions;
import nl.hecht.shared.MutableClock;

/**
 * Base of every browser test: Hecht on a random port (one application context for all browser test classes, so
 * every subclass must keep this configuration and add none of its own), Debian's Chromium driven by Playwright (one
 * browser per class, a fresh Dutch browser context per test), and the checks every page must pass.
 * <p>
 * Every test fails when a page logs a console error, throws an uncaught error or violates the Content Security
 * Policy, unless the test itself asked for that error status with {@link #visit(String, int)}. A failing test
 * leaves a full-page screenshot in {@code target/browser-screenshots/<Class>-<test>.png}.
 * <p>
 * Every page a test opens with {@link #visit(String)} and the page after each {@link #loginAs(DemoUser) login} is
 * checked with axe (and must have one {@code h1}) the first time this JVM sees that kind of page: the same address
 * with its ids left out, for the same person, language and window width (see {@link #pageKind(Page)}). A violation
 * fails the test that opened the page. So the workflow tests check their own pages, and
 * {@code AccessibilityBrowserTests} lists only the pages no workflow test opens.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserTest.FailureWatcher.class)
abstract class BrowserTest {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final double TIMEOUT_MILLIS = 10_000;

    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-dev-shm-usage");
    private static final String CSP_BINDING = "__hechtCspViolation";
    private static final String CSP_LISTENER = """
            document.addEventListener('securitypolicyviolation', function (e) {
              window.%s(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)')
                + (e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : ''), e.sourceFile || '');
            });""".formatted(CSP_BINDING);
    static final String DEMO_REGION = "Regio Voorbeeld";
    private static final Pattern DEMO_PLACEHOLDER = Pattern.compile("\\{(region|network:([^}]+))}");
    private static final Pattern HTTP_ERROR_CONSOLE = Pattern.compile(
            "Failed to load resource: the server responded with a status of (\\d{3}).*");

    /** A path segment that holds a digit is an id or a code, such as a network's UUID or a CBS code. */
    private static final Pattern ID_SEGMENT = Pattern.compile("(?<=/)[^/]*\\d[^/]*");
    /** Query parameters whose value makes another page; of the others only the name counts. */
    private static final Set<String> PAGE_CHANGING_PARAMETERS = Set.of("view", "lang");
    /** Parameters that only change how the test waits, not the page. */
    private static final Set<String> TEST_PARAMETERS = Set.of("nowait");

    /** The kinds of page axe has checked in this JVM (see {@link #pageKind(Page)}). */
    private static final Set<String> CHECKED_PAGES = ConcurrentHashMap.newKeySet();

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    @Autowired
    private MutableClock clock;

    @Autowired
    private Regions regions;

    @Autowired
    private Networks networks;

    /** The browser context of the running test: its own cookies, so its own session. */
    protected BrowserContext context;

    /** The page of the running test. */
    protected Page page;

    private final List<String> pageProblems = new ArrayList<>();
    private final Set<String> expectedErrorUrls = new HashSet<>();

    /** While axe runs: its own injected styles break the CSP, which is no problem of the page. */
    private boolean axeRunning;

    @BeforeAll
    static void launchBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(CHROMIUM_ARGS);
        Path installed = installedChromium();
        try {
            if (installed != null) {
                playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                browser = playwright.chromium().launch(options.setExecutablePath(installed));
            } else {
                // no Chromium of the system: Playwright downloads its own once (~150 MB, into ~/.cache/ms-playwright)
                playwright = Playwright.create();
                browser = playwright.chromium().launch(options);
            }
        } catch (PlaywrightException | IllegalStateException cannotStart) {
            closeBrowser();
            throw new AssertionError("No Chromium at " + chromiumPath() + " and Playwright could not download its"
                    + " own: apt-get install -y chromium fonts-dejavu (or run the tests once with internet access)",
                    cannotStart);
        }
    }

    /** {@code HECHT_CHROMIUM}, else Debian's {@code /usr/bin/chromium}, when it exists; null: none installed. */
    static Path installedChromium() {
        Path candidate = chromiumPath();
        return Files.isExecutable(candidate) ? candidate : null;
    }

    private static Path chromiumPath() {
        String configured = System.getenv("HECHT_CHROMIUM");
        return configured != null && !configured.isBlank() ? Paths.get(configured) : CHROMIUM;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openContext() {
        openContext(null);
    }

    /**
     * Replaces the test's browser context by a new one with the cookies of this storage state (from
     * {@link BrowserContext#storageState()}), for instance of a session signed in before.
     */
    void reopenContextWith(String storageState) {
        context.close();
        openContext(storageState);
    }

    private void openContext(String storageState) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setLocale("nl-NL").setBaseURL(baseUrl());
        if (storageState != null) {
            options.setStorageState(storageState);
        }
        context = browser.newContext(options);
        context.setDefaultTimeout(TIMEOUT_MILLIS);
        context.exposeBinding(CSP_BINDING, (source, args) -> {
            if (!(axeRunning && isFromTestTool(String.valueOf(args[1])))) {
                pageProblems.add("CSP violation on " + source.page().url() + ": " + args[0]);
            }
            return null;
        });
        context.addInitScript(CSP_LISTENER);
        context.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !isExpectedHttpError(message.text(), message.location())
                    && !(axeRunning && isFromTestTool(message.location()))) {
                pageProblems.add("console error on " + (message.page() == null ? "?" : message.page().url())
                        + ": " + message.text() + " (" + message.location() + ")");
            }
        });
        context.onWebError(error -> pageProblems.add("uncaught error on "
                + (error.page() == null ? "?" : error.page().url()) + ": " + error.error()));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    // --- navigation ----------------------------------------------------------------------------

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Opens a page of Hecht, which must answer 200 (after any redirects). */
    Response visit(String path) {
        return visit(path, 200);
    }

    /**
     * Opens a page of Hecht, which must answer with this status (after any redirects). An error status is then no
     * page problem: the browser's console message about it is expected.
     */
    Response visit(String path, int expectedStatus) {
        Response response = visitWithoutAxe(path, expectedStatus);
        assertAccessibleOnce(page);
        return response;
    }

    /**
     * Opens a page like {@link #visit(String, int)} but leaves axe to the caller, who checks the page itself with
     * {@link #assertAccessible(Page)} (so axe does not run twice).
     */
    Response visitWithoutAxe(String path, int expectedStatus) {
        if (expectedStatus >= 400) {
            expectedErrorUrls.add(baseUrl() + path);
        }
        Response response = page.navigate(path);
        if (response == null || response.status() != expectedStatus) {
            throw new AssertionError(path + " answered " + (response == null ? "nothing" : response.status())
                    + " at " + page.url() + " where " + expectedStatus + " was expected");
        }
        return response;
    }

    // --- the demo region's records, whose ids differ per database --------------------------------

    /** The demo region (Regio Voorbeeld) as the network module knows it. */
    RegionSummary demoRegion() {
        return regions.all().stream().filter(region -> region.name().equals(DEMO_REGION)).findFirst()
                .orElseThrow(() -> new AssertionError("no region " + DEMO_REGION + " in the demo data"));
    }

    /** A network of the demo region by its name. */
    NetworkSummary demoNetwork(String name) {
        return networks.inRegion(demoRegion().id()).stream().filter(network -> network.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no network " + name + " in the demo data"));
    }

    /**
     * An address with the demo records' ids filled in: {@code {region}} becomes the demo region's id and
     * {@code {network:Name}} the id of the demo network of that name.
     */
    String demoPath(String template) {
        Matcher matcher = DEMO_PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String id = matcher.group(2) == null ? demoRegion().id().toString()
                    : demoNetwork(matcher.group(2)).id().toString();
            matcher.appendReplacement(path, id);
        }
        return matcher.appendTail(path).toString();
    }

    private boolean isExpectedHttpError(String text, String location) {
        Matcher matcher = HTTP_ERROR_CONSOLE.matcher(text);
        return matcher.matches() && location != null
                && expectedErrorUrls.stream().anyMatch(url -> location.equals(url) || location.startsWith(url + ":"));
    }

    /** Code evaluated by Playwright has no address; everything Hecht sends the browser has one. */
    private static boolean isFromTestTool(String sourceLocation) {
        return sourceLocation == null || sourceLocation.isEmpty() || sourceLocation.startsWith(":");
    }

    // --- login -----------------------------------------------------------------------------------

    /** Logs in on the test's page with password and second factor; ends on the page after the login. */
    void loginAs(DemoUser user) {
        loginAs(page, user.username);
    }

    /** Logs in with password and second factor; ends on the page after the login (normally the home page). */
    void loginAs(Page page, String username) {
        enterPassword(page, username, DemoUser.PASSWORD);
        assertThat(page).hasURL(baseUrl() + "/login/code");
        enterCode(page, nextTotpCode());
        assertThat(page.locator(".hecht-header__user")).isVisible();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        assertAccessibleOnce(page);
    }

    /** The first login step: opens the login page and sends the username and password. */
    void enterPassword(Page page, String username, String password) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form[action$='/login'] button[type=submit]").click();
    }

    /** The second login step, on the code page: sends the code. */
    void enterCode(Page page, String code) {
        page.locator("#code").fill(code);
        page.locator("form[action$='/login/code'] button[type=submit]").click();
    }

    /**
     * Moves the application's clock to the next TOTP time step and gives the code of that step. Each step is
     * accepted once per account, so every login takes a new one.
     */
    String nextTotpCode() {
        clock.advance(Duration.ofSeconds(30));
        return totpCode();
    }

    /** The TOTP code of the demo accounts at the application clock's current time step. */
    String totpCode() {
        return totpCode(currentTotpStep());
    }

    long currentTotpStep() {
        return Math.floorDiv(clock.millis() / 1000, 30);
    }

    static String totpCode(long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(DemoUser.TOTP_SECRET, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- checks ----------------------------------------------------------------------------------

    /**
     * Runs axe (WCAG 2.0 and 2.1, levels A and AA) on the page and fails with every violation found. Legacy mode
     * runs axe in the page itself; the default mode injects axe a second time into a new blank page to merge the
     * results of frames, which Hecht's pages do not have (and which doubles the time).
     */
    void assertAccessible(Page page) {
        CHECKED_PAGES.add(pageKind(page));
        AxeResults results;
        axeRunning = true;
        try {
            results = new AxeBuilder(page).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
            flushPageEvents(page);
        } finally {
            axeRunning = false;
        }
        if (results.isErrored()) {
            throw new AssertionError("axe could not check " + page.url() + ": " + results.getErrorMessage());
        }
        if (!results.getViolations().isEmpty()) {
            throw new AssertionError(describeViolations(page.url(), results.getViolations()));
        }
    }

    /**
     * Runs {@link #assertAccessible(Page)} on the page, and checks that it has one {@code h1}, unless a page of the
     * same kind was checked before in this JVM.
     */
    void assertAccessibleOnce(Page page) {
        if (CHECKED_PAGES.contains(pageKind(page))) {
            return;
        }
        assertThat(page.locator("h1")).hasCount(1);
        assertAccessible(page);
    }

    /**
     * What makes a page another page for axe: the person signed in (as the header names them, else anonymous),
     * the page's language, the window's width and the address without its ids (segments with a digit become
     * {@code {id}}), with the values of {@code view} and {@code lang} and only the names of other parameters.
     */
    static String pageKind(Page page) {
        URI address = URI.create(page.url());
        String path = ID_SEGMENT.matcher(address.getPath() == null ? "" : address.getPath()).replaceAll("{id}");
        Map<String, String> parameters = new TreeMap<>();
        if (address.getRawQuery() != null) {
            for (String parameter : address.getRawQuery().split("&")) {
                String[] nameAndValue = parameter.split("=", 2);
                if (!TEST_PARAMETERS.contains(nameAndValue[0])) {
                    parameters.put(nameAndValue[0], PAGE_CHANGING_PARAMETERS.contains(nameAndValue[0])
                            && nameAndValue.length > 1 ? nameAndValue[1] : "");
                }
            }
        }
        com.microsoft.playwright.Locator user = page.locator(".hecht-header__user");
        String person = user.count() == 0 ? "anonymous" : user.first().innerText().replaceAll("\\s+", " ").trim();
        Object language = page.evaluate("() => document.documentElement.lang");
        int width = page.viewportSize() == null ? 0 : page.viewportSize().width;
        return person + " | " + language + " | " + width + "px | " + path
                + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    static String describeViolations(String url, List<Rule> violations) {
        StringBuilder text = new StringBuilder().append(violations.size())
                .append(" accessibility rule(s) violated (WCAG 2.1 A/AA) on ").append(url).append(':');
        for (Rule rule : violations) {
            text.append("\n- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
            for (CheckedNode node : rule.getNodes()) {
                text.append("\n    element ").append(selector(node.getTarget()));
                if (node.getFailureSummary() != null) {
                    text.append(": ").append(node.getFailureSummary().replaceAll("\\s*\\n\\s*", " "));
                }
            }
        }
        return text.toString();
    }

    private static String selector(Object target) {
        if (target instanceof Collection<?> parts) {
            return parts.stream().map(BrowserTest::selector).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(target);
    }

    /** Console errors, uncaught errors and CSP violations seen so far in this test; a test may clear them. */
    List<String> pageProblems() {
        flushPageEvents(page);
        return pageProblems;
    }

    /** Lets the page finish its queued tasks (such as CSP violation events) and Playwright deliver their events. */
    private static void flushPageEvents(Page page) {
        try {
            if (page != null && !page.isClosed()) {
                page.evaluate("() => new Promise(resolve => setTimeout(resolve))");
            }
        } catch (PlaywrightException pageGoneOrNavigating) {
            // nothing more to deliver from a page that is gone
        }
    }

    private Optional<AssertionError> pageProblemsError() {
        List<String> problems = pageProblems();
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AssertionError("The pages had " + problems.size()
                + " problem(s) (console errors, uncaught errors or Content Security Policy violations):\n- "
                + String.join("\n- ", problems)));
    }

    private void screenshot(String name) {
        if (page == null || page.isClosed()) {
            return;
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        } catch (IOException | PlaywrightException e) {
            System.err.println("No screenshot of the failed test " + name + ": " + e.getMessage());
        }
    }

    /**
     * After each test method, before the context closes: fails a passed test whose pages had problems, and takes
     * a screenshot of a failed one.
     */
    static class FailureWatcher implements AfterTestExecutionCallback {

        private static final Pattern INVOCATION = Pattern.compile("\\[test-template-invocation:#(\\d+)]");

        @Override
        public void afterTestExecution(ExtensionContext extension) {
            BrowserTest test = (BrowserTest) extension.getRequiredTestInstance();
            boolean failed = extension.getExecutionException().isPresent();
            Optional<AssertionError> problems = test.pageProblemsError();
            if (failed || problems.isPresent()) {
                test.screenshot(screenshotName(extension));
            }
            if (problems.isPresent()) {
                if (failed) {
                    extension.getExecutionException().get().addSuppressed(problems.get());
                } else {
                    throw problems.get();
                }
            }
        }

        static String screenshotName(ExtensionContext extension) {
            String name = extension.getRequiredTestClass().getSimpleName() + "-"
                    + extension.getRequiredTestMethod().getName();
            Matcher invocation = INVOCATION.matcher(extension.getUniqueId());
            return invocation.find() ? name + "-" + invocation.group(1) : name;
        }
    }
}
