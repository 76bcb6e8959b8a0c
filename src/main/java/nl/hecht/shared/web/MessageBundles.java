package nl.hecht.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles of all modules: every {@code i18n/<module>.properties} on the class path (Dutch, the default)
 * with its {@code i18n/<module>_en.properties}. A new module adds its own file and nothing else.
 */
public final class MessageBundles {

    /** Where modules put their bundles. */
    public static final String LOCATION = "classpath*:i18n/*.properties";

    private static final Pattern TRANSLATION = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?");

    private MessageBundles() {
    }

    /** The base names ({@code i18n/network}, ...) of the bundles found, sorted (shared first is not needed: keys are unique). */
    public static String[] baseNames() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(name -> !TRANSLATION.matcher(name).matches())
                    .map(name -> "i18n/" + name)
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).toArray(String[]::new);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The application's message source over {@link #baseNames()}: UTF-8, Dutch when a language is not there. */
    public static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(baseNames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
