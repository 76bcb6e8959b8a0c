package nl.hecht.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.hecht.shared.web.TemplateSources.Template;

/**
 * The CSS that is served holds what the templates use and little else: the build bundles only the Utrecht components
 * listed in the pom (and only the basis, utrecht and voorbeeld token layers); every {@code utrecht-*} class a template
 * uses must be in that bundle and every {@code hecht-*} class in hecht.css, and the fonts hecht.css names must exist.
 */
class BundledCssTests {

    private static final String BUNDLE = "static/vendor/nl-design-system.css";
    private static final String THEME = "static/css/hecht.css";
    private static final Pattern CLASS_NAME = Pattern.compile("(?<![\\w-])((?:utrecht|hecht|voorbeeld)-[a-z0-9_-]*[a-z0-9])");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    @Test
    void everyUtrechtClassATemplateUsesIsInTheBundle() {
        String bundle = read(BUNDLE);
        assertThat(missing("utrecht-", bundle)).as("Utrecht classes used in templates but not bundled: "
                + "add their component to utrecht.components in pom.xml").isEmpty();
        assertThat(missing("voorbeeld-", bundle)).isEmpty();
    }

    @Test
    void everyHechtClassATemplateUsesIsInHechtCss() {
        assertThat(missing("hecht-", read(THEME))).as("hecht-* classes used in templates but defined nowhere").isEmpty();
    }

    @Test
    void theBundleHoldsOnlyTheTokenLayersHechtReads() {
        String bundle = read(BUNDLE);
        assertThat(bundle).contains("--basis-", "--utrecht-button-", "--voorbeeld-kleuren-");
        assertThat(bundle).doesNotContain("  --denhaag-", "  --ams-", "  --todo-", "  --lux-", "  --rhc-", "  --nl-");
        assertThat(bundle).as("components no page uses").doesNotContain(".utrecht-accordion", ".utrecht-calendar",
                ".utrecht-drawer", ".utrecht-rich-text");
    }

    @Test
    void theFontsHechtCssNamesAreThere() {
        Matcher reference = CSS_URL.matcher(read(THEME));
        List<String> fonts = new ArrayList<>();
        while (reference.find()) {
            if (reference.group(1).startsWith("data:")) {
                continue; // an inline image (the select arrow), no file
            }
            String font = "static/fonts/" + reference.group(1).replaceFirst("^\\.\\./fonts/", "");
            fonts.add(font);
            assertThat(getClass().getClassLoader().getResource(font)).as(font).isNotNull();
        }
        assertThat(fonts).isNotEmpty().allMatch(font -> font.endsWith(".woff2"));
    }

    /** The classes with this prefix that templates use (in class, th:class, th:classappend) and the CSS lacks. */
    private static Set<String> missing(String prefix, String css) {
        Set<String> missing = new TreeSet<>();
        for (Template template : TemplateSources.all()) {
            template.elements().forEach(element -> element.getAttributeMap().forEach((name, value) -> {
                if (value != null && (name.equals("class") || name.equals("th:class") || name.equals("th:classappend"))) {
                    Matcher className = CLASS_NAME.matcher(value);
                    while (className.find()) {
                        String found = className.group(1);
                        if (found.startsWith(prefix) && !Pattern.compile("\\." + Pattern.quote(found) + "(?![\\w-])").matcher(css).find()) {
                            missing.add(template.name() + ": " + found);
                        }
                    }
                }
            }));
        }
        return missing;
    }

    private static String read(String path) {
        try (InputStream in = BundledCssTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("%s on the class path (built by mvn process-resources)", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
