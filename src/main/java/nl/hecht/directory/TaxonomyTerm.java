package nl.hecht.directory;

import java.util.Locale;

/** A term of the managed taxonomy: a category (with its parent, or null at the top) or a target group. */
public record TaxonomyTerm(String code, Vocabulary vocabulary, String parentCode, String nameNl, String nameEn) {

    /** The name in the given language (Dutch unless English is asked for). */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }
}
