package nl.hecht.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The Dutch texts address the reader as "u" throughout, with one form of the verb ("U hebt", not "U heeft"), and write
 * "uw hechte wijkverband".
 */
class DutchWordingTests {

    private static final List<String> BUNDLES = List.of("shared", "identity", "area", "network", "directory");
    private static final Pattern INFORMAL = Pattern.compile("(?i)(^|[^\\p{L}])(je|jij|jou|jouw|jullie)([^\\p{L}]|$)");
    private static final Pattern HEEFT_U = Pattern.compile("(?i)(^|[^\\p{L}])(u heeft|heeft u)([^\\p{L}]|$)");
    private static final Pattern HECHT_WITHOUT_E = Pattern.compile("(?i)(uw|het|de|onze|jullie) hecht wijkverband");

    @Test
    void everyDutchTextSaysUAndUHebtAndUwHechteWijkverband() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (INFORMAL.matcher(text).find() || HEEFT_U.matcher(text).find()
                        || HECHT_WITHOUT_E.matcher(text).find()) {
                    wrong.add(bundle + ": " + key + "=" + text);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aRegionsTitleIsItsNameAlone() throws IOException {
        assertThat(load("network").getProperty("region.title")).isEqualTo("{0}");
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DutchWordingTests.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
