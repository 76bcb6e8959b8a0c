package nl.hecht.identity;

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

import nl.hecht.identity.internal.AccountOverview;

/** The identity messages: every key the pages and forms use exists. */
class IdentityMessagesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
    private static final Pattern VALIDATION_KEY = Pattern.compile("message = \"\\{([A-Za-z0-9_.-]+)}\"");

    @Test
    void everyKeyThatThePagesAndFormsUseExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(find(TEMPLATE_KEY, Path.of("src/main/resources/templates/identity"), ".html"));
        used.addAll(find(VALIDATION_KEY, Path.of("src/main/java/nl/hecht/identity/web"), ".java"));
        Arrays.stream(AccountOverview.Status.values()).forEach(status -> used.add("account.status." + status));
        Arrays.stream(Role.values()).forEach(role -> used.add("account.role-hint." + role));
        Arrays.stream(Role.values()).forEach(role -> used.add("role." + role));
        assertThat(used).hasSizeGreaterThan(100);

        for (String language : new String[] { "", "_en" }) {
            Properties messages = load("i18n/identity" + language + ".properties");
            messages.putAll(load("i18n/shared" + language + ".properties"));
            assertThat(used).as("keys missing in i18n/identity%s", language).allSatisfy(key ->
                    assertThat(messages.getProperty(key)).as(key).isNotBlank());
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
        try (InputStream in = IdentityMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
