package nl.hecht.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.hecht.identity.Role;
import nl.hecht.shared.web.TemplateSources.Template;

/**
 * The message bundles of the modules ({@link MessageBundles}: every {@code i18n/<module>.properties}): Dutch (the default file) and English hold exactly the
 * same keys with the same placeholders, no value is empty, no key lives in two bundles, and every key a template names
 * exists.
 */
class MessageBundlesTests {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)\\s*[}(]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern KEY_LINE = Pattern.compile("^\\s*([^#!\\s][^=:\\s]*)\\s*[=:]");

    static List<String> basenames() {
        List<String> basenames = Arrays.asList(MessageBundles.baseNames());
        assertThat(basenames).as("the modules' bundles found by MessageBundles")
                .contains("i18n/shared", "i18n/identity", "i18n/area", "i18n/network", "i18n/directory");
        return basenames;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("basenames")
    void dutchAndEnglishHaveTheSameKeys(String basename) {
        Set<String> dutch = load(basename + ".properties").stringPropertyNames();
        Set<String> english = load(basename + "_en.properties").stringPropertyNames();

        assertThat(difference(dutch, english)).as("keys of %s missing in %s_en", basename, basename).isEmpty();
        assertThat(difference(english, dutch)).as("keys of %s_en missing in %s (Dutch)", basename, basename).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("basenames")
    void noValueIsEmpty(String basename) {
        for (String file : List.of(basename + ".properties", basename + "_en.properties")) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames().stream().filter(key -> messages.getProperty(key).isBlank()))
                    .as("empty values in %s", file).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("basenames")
    void noKeyIsWrittenTwiceInOneFile(String basename) {
        for (String file : List.of(basename + ".properties", basename + "_en.properties")) {
            Map<String, Integer> counts = new HashMap<>();
            for (String line : read(file).split("\\R")) {
                Matcher key = KEY_LINE.matcher(line);
                if (key.find()) {
                    counts.merge(key.group(1), 1, Integer::sum);
                }
            }
            assertThat(counts.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey))
                    .as("keys written twice in %s (the last one silently wins)", file).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("basenames")
    void placeholdersAgreeAndApostrophesSuitMessageFormat(String basename) {
        Properties dutch = load(basename + ".properties");
        Properties english = load(basename + "_en.properties");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(dutch.stringPropertyNames())) {
            String nl = dutch.getProperty(key);
            String en = english.getProperty(key);
            if (en != null && !placeholders(nl).equals(placeholders(en))) {
                problems.add(key + ": Dutch uses " + placeholders(nl) + ", English " + placeholders(en));
            }
            for (String value : new String[] {nl, en}) {
                // with arguments, MessageFormat eats a single ' (and everything up to the next one): write ''
                if (value != null && !placeholders(value).isEmpty() && LONE_APOSTROPHE.matcher(value).find()) {
                    problems.add(key + ": single apostrophe in a message with placeholders: " + value);
                }
                // without arguments the text is shown as written: '' would show twice
                if (value != null && placeholders(value).isEmpty() && value.contains("''")) {
                    problems.add(key + ": doubled apostrophe in a message without placeholders: " + value);
                }
            }
        }
        assertThat(problems).as("placeholder problems in %s", basename).isEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        Map<String, List<String>> bundlesByKey = new LinkedHashMap<>();
        for (String basename : basenames()) {
            for (String key : load(basename + ".properties").stringPropertyNames()) {
                bundlesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(basename);
            }
        }
        assertThat(bundlesByKey.entrySet().stream().filter(entry -> entry.getValue().size() > 1)
                .map(entry -> entry.getKey() + " in " + entry.getValue())).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() {
        Set<String> known = allDutchKeys();
        List<String> missing = new ArrayList<>();
        for (Template template : TemplateSources.all()) {
            Matcher key = LITERAL_KEY.matcher(template.source());
            while (key.find()) {
                if (!known.contains(key.group(1))) {
                    missing.add(template.name() + ": #{" + key.group(1) + "}");
                }
            }
        }
        assertThat(missing).as("message keys used in templates but defined in no bundle").isEmpty();
    }

    @Test
    void theKeysTheLayoutAndErrorPageBuildAtRunTimeExist() {
        Set<String> known = allDutchKeys();
        List<String> built = new ArrayList<>();
        for (Role role : Role.values()) {
            built.add("role." + role.name());
        }
        for (String kind : List.of("400", "403", "404", "500")) {
            built.add("error." + kind + ".title");
            built.add("error." + kind + ".text");
        }
        assertThat(built).allSatisfy(key -> assertThat(known).as("message key %s", key).contains(key));
    }

    private static Set<String> allDutchKeys() {
        return basenames().stream().flatMap(basename -> load(basename + ".properties").stringPropertyNames().stream())
                .collect(Collectors.toSet());
    }

    private static Set<String> placeholders(String message) {
        Set<String> indexes = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(message);
        while (placeholder.find()) {
            indexes.add(placeholder.group(1));
        }
        return indexes;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> difference = new TreeSet<>(left);
        difference.removeAll(right);
        return difference;
    }

    private static Properties load(String path) {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(read(path))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(String path) {
        try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("%s on the class path", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
