package nl.hecht.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.hecht.area.internal.AreaLevel;
import nl.hecht.area.internal.ImportKind;
import nl.hecht.area.internal.AreaImportPhase;
import nl.hecht.area.internal.ImportStatus;

/**
 * The area messages: every key the pages, forms, importers and command line use exists,
 * and the area pages hold no text of their own.
 */
class AreaMessagesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(area\\.[a-z0-9.-]+[a-z0-9])\"");
    private static final Pattern VALIDATION_KEY = Pattern.compile("message = \"\\{([A-Za-z0-9_.-]+)}\"");

    @Test
    void everyKeyInUseExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(find(TEMPLATE_KEY, Path.of("src/main/resources/templates/area"), ".html"));
        used.addAll(find(JAVA_KEY, Path.of("src/main/java/nl/hecht/area"), ".java"));
        used.addAll(find(VALIDATION_KEY, Path.of("src/main/java/nl/hecht/area/web"), ".java"));
        used.add("area.nav");
        Arrays.stream(AreaLevel.values()).forEach(level -> used.add("area.admin.level." + level));
        Arrays.stream(ImportKind.values()).forEach(kind -> {
            used.add("area.import.kind." + kind);
            used.add("area.job.heading." + kind);
            used.add("area.cli.kind." + kind);
        });
        Arrays.stream(ImportStatus.values()).forEach(status -> used.add("area.import.status." + status));
        Arrays.stream(AreaImportPhase.values()).forEach(phase -> used.add("area.import.phase." + phase));
        used.removeIf(key -> key.endsWith(".") || !key.contains("."));
        assertThat(used).hasSizeGreaterThan(120);

        for (String language : new String[] {"", "_en"}) {
            Properties messages = load("i18n/area" + language + ".properties");
            messages.putAll(load("i18n/shared" + language + ".properties"));
            assertThat(used).as("keys missing in i18n/area%s", language)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void theAreaPagesHoldNoTextOfTheirOwn() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates/area"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
                // Every element with text also has th:text, which replaces it.
                Matcher matcher = Pattern.compile("<([a-z0-9]+)([^<>]*)>([^<>]*[A-Za-z][^<>]*)</\\1>").matcher(html);
                while (matcher.find()) {
                    assertThat(matcher.group(2)).as(file + ": " + matcher.group(0)).contains("th:text");
                }
                assertThat(html).as(file.toString()).doesNotContain("style=").doesNotContain("<script");
            }
        }
    }

    private static Set<String> find(Pattern pattern, Path directory, String extension) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(path -> path.toString().endsWith(extension)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AreaMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
