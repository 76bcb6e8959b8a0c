package nl.hecht.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attoparser.dom.Element;
import org.attoparser.dom.Text;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

import nl.hecht.shared.web.TemplateSources.Template;

/**
 * The style sheets, scripts, fonts and icon that the layout references are really served (under names with a hash of
 * their content, cacheable for a year, style sheets compressed), and no template holds what
 * the Content-Security-Policy ({@code script-src 'self'; style-src 'self'}) would block: inline scripts, event handler
 * attributes, {@code javascript:} addresses, {@code <style>} elements or {@code style} attributes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LayoutAssetsIntegrationTests {

    private static final Pattern VERSIONED = Pattern.compile("-[0-9a-f]{32}\\.(css|js)$");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final Map<String, String> CONTENT_TYPES = Map.of(".css", "text/css", ".js", "javascript",
            ".woff2", "font/woff2", ".svg", "image/svg+xml");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyStyleSheetScriptFontAndIconOfTheLayoutIsServed() {
        HechtBrowser browser = new HechtBrowser(port);
        HttpResponse<String> login = browser.get("/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        Template page = TemplateSources.parse("login page", login.body());

        Set<String> assets = new LinkedHashSet<>();
        page.elements().forEach(element -> {
            if (element.elementNameMatches("link") && element.hasAttribute("href")) {
                assets.add(element.getAttributeValue("href"));
            }
            if (element.elementNameMatches("script")) {
                assertThat(element.hasAttribute("src")).as("a script with src in the page").isTrue();
                assets.add(element.getAttributeValue("src"));
            }
        });
        assertThat(assets).as("assets of the layout").hasSizeGreaterThanOrEqualTo(5)
                .anyMatch(href -> href.startsWith("/vendor/nl-design-system"))
                .anyMatch(href -> href.startsWith("/css/hecht"))
                .anyMatch(href -> href.startsWith("/js/hecht"))
                .anyMatch(href -> href.contains("htmx"));

        Set<String> checked = new LinkedHashSet<>();
        for (String asset : assets) {
            URI address = URI.create("http://localhost:" + port + "/").resolve(asset);
            String css = assertServed(browser, address, checked);
            if (css != null) {
                Matcher reference = CSS_URL.matcher(css);
                while (reference.find()) {
                    if (!reference.group(1).startsWith("data:")) {
                        assertServed(browser, address.resolve(reference.group(1)), checked);
                    }
                }
            }
        }
        assertThat(checked).anyMatch(address -> address.endsWith(".woff2"));
    }

    @Test
    void assetsCarryAHashOfTheirContentMayBeCachedForLongAndStyleSheetsAreCompressed() {
        HechtBrowser browser = new HechtBrowser(port);
        Template page = TemplateSources.parse("login page", browser.get("/login", null).body());
        List<String> styleSheets = page.elements().filter(element -> element.elementNameMatches("link")
                && "stylesheet".equals(element.getAttributeValue("rel"))).map(element -> element.getAttributeValue("href")).toList();
        List<String> scripts = page.elements().filter(element -> element.elementNameMatches("script"))
                .map(element -> element.getAttributeValue("src")).toList();

        assertThat(styleSheets).isNotEmpty().allMatch(href -> VERSIONED.matcher(href).find());
        assertThat(scripts).isNotEmpty().allMatch(src -> VERSIONED.matcher(src).find());
        HttpResponse<byte[]> css = browser.getBytes(styleSheets.get(0), Map.of("Accept-Encoding", "gzip"));
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000"));
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    /**
     * The links of a page to other pages are not looked up as files in the resource chain (each miss
     * cost a search through the jar, on every render); links to static files still are.
     */
    @Test
    void onlyAddressesOfStaticFilesAreLookedUpInTheResourceChain() throws Exception {
        List<Filter> encoders = context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                .map(registration -> (Filter) registration.getFilter())
                .filter(filter -> filter instanceof ResourceUrlEncodingFilter).toList();
        assertThat(encoders).as("filters that version addresses").hasSize(1);

        List<String> askedFor = new ArrayList<>();
        ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
        handler.setLocations(List.of(new ClassPathResource("static/")));
        handler.setResourceResolvers(List.of(new ResourceResolver() {
            @Override
            public Resource resolveResource(HttpServletRequest request, String requestPath, List<? extends Resource> locations,
                    ResourceResolverChain chain) {
                return null;
            }

            @Override
            public String resolveUrlPath(String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
                askedFor.add(resourcePath);
                return resourcePath.replace(".css", "-0123456789abcdef0123456789abcdef.css");
            }
        }));
        ResourceUrlProvider provider = new ResourceUrlProvider();
        provider.setHandlerMap(Map.of("/**", handler));

        List<String> written = new ArrayList<>();
        encoders.get(0).doFilter(new MockHttpServletRequest("GET", "/public/directory"), new MockHttpServletResponse(),
                (request, response) -> {
                    request.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, provider);
                    HttpServletResponse page = (HttpServletResponse) response;
                    written.add(page.encodeURL("/networks/7d1e4b2a-0000-4000-8000-000000000001/who-to-call?q=x"));
                    written.add(page.encodeURL("/public/directory?q=schuldhulp&page=2"));
                    written.add(page.encodeURL("/css/hecht.css"));
                });

        assertThat(askedFor).containsExactly("css/hecht.css");
        assertThat(written).containsExactly("/networks/7d1e4b2a-0000-4000-8000-000000000001/who-to-call?q=x",
                "/public/directory?q=schuldhulp&page=2", "/css/hecht-0123456789abcdef0123456789abcdef.css");
    }

    @Test
    void staticAddressesAreTheFoldersOfTheStaticFilesAndTheWebjars() {
        assertThat(StaticResourceUrls.isStatic("/css/hecht.css", "")).isTrue();
        assertThat(StaticResourceUrls.isStatic("/webjars/htmx.org/dist/htmx.min.js", "")).isTrue();
        assertThat(StaticResourceUrls.isStatic("/hecht/js/hecht.js", "/hecht")).isTrue();
        assertThat(StaticResourceUrls.isStatic("/js/hecht.js", "/hecht")).isFalse();
        assertThat(StaticResourceUrls.isStatic("/directory/entries/1", "")).isFalse();
        assertThat(StaticResourceUrls.isStatic("/cssx/a.css", "")).isFalse();
        assertThat(StaticResourceUrls.isStatic("https://tile.example.org/1/2/3.png", "")).isFalse();
    }

    /** Fetches an address and checks it is served with content of the right type; returns the text of a style sheet. */
    private static String assertServed(HechtBrowser browser, URI address, Set<String> checked) {
        checked.add(address.toString());
        HttpResponse<byte[]> response = browser.getBytes(address.toString());
        assertThat(response.statusCode()).as("status of %s", address).isEqualTo(200);
        assertThat(response.body()).as("content of %s", address).isNotEmpty();
        String path = address.getPath();
        CONTENT_TYPES.forEach((extension, type) -> {
            if (path.endsWith(extension)) {
                assertThat(response.headers().firstValue("Content-Type")).as("type of %s", address)
                        .hasValueSatisfying(value -> assertThat(value).contains(type));
            }
        });
        return path.endsWith(".css") ? new String(response.body(), StandardCharsets.UTF_8) : null;
    }

    @Test
    void noTemplateHoldsWhatTheContentSecurityPolicyBlocks() {
        List<String> problems = new ArrayList<>();
        for (Template template : TemplateSources.all()) {
            if (template.name().endsWith("-pdf.html")) {
                continue; // rendered to PDF on the server (openhtmltopdf), never served to a browser: no CSP applies
            }
            template.elements().forEach(element -> problems.addAll(blockedByThePolicy(template, element)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsInlineScriptsAndStyles() {
        Template sample = TemplateSources.parse("sample.html", """
                <div xmlns:th="http://www.thymeleaf.org">
                  <script>alert(1)</script>
                  <script th:src="@{/js/hecht.js}" defer></script>
                  <p style="color: red">x</p>
                  <p th:style="${x}">x</p>
                  <style>p { color: red; }</style>
                  <button onclick="go()">x</button>
                  <a href="javascript:go()">x</a>
                </div>
                """);
        List<String> problems = new ArrayList<>();
        sample.elements().forEach(element -> problems.addAll(blockedByThePolicy(sample, element)));

        assertThat(problems).containsExactly("sample.html:2 inline <script>", "sample.html:4 style attribute",
                "sample.html:5 th:style attribute", "sample.html:6 <style> element", "sample.html:7 onclick attribute",
                "sample.html:8 javascript: address");
    }

    private static List<String> blockedByThePolicy(Template template, Element element) {
        List<String> problems = new ArrayList<>();
        String where = TemplateSources.where(template, element);
        if (element.elementNameMatches("script") && (!(element.hasAttribute("src") || element.hasAttribute("th:src"))
                || element.getChildren().stream().anyMatch(child -> !(child instanceof Text text) || !text.getContent().isBlank()))) {
            problems.add(where + " inline <script>");
        }
        if (element.elementNameMatches("style")) {
            problems.add(where + " <style> element");
        }
        for (Map.Entry<String, String> attribute : element.getAttributeMap().entrySet()) {
            String name = attribute.getKey().toLowerCase();
            String bare = name.replaceFirst("^(th:|data-th-)", "");
            if (bare.equals("style") || bare.equals("styleappend")) {
                problems.add(where + " " + name + " attribute");
            } else if (bare.startsWith("on")) {
                problems.add(where + " " + name + " attribute");
            } else if (attribute.getValue() != null && attribute.getValue().strip().toLowerCase().startsWith("javascript:")) {
                problems.add(where + " javascript: address");
            }
        }
        return problems;
    }
}
