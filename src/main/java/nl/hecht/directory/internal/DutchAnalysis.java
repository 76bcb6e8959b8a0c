package nl.hecht.directory.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the sociale kaart's Lucene index.
 * <ul>
 * <li>{@value #DUTCH}: words, lower case, Dutch stop words, compound words split into the parts found in a list of
 * care and welfare words ("thuiszorg" also indexes "thuis" and "zorg"), accents folded, then the Dutch Snowball
 * stemmer ("ouderen" and "oudere" both become "ouder"). Queries use {@value #DUTCH_QUERY}, the same without the
 * splitting, so that "schuldhulp" does not turn into "schuld" OR "hulp".</li>
 * <li>{@value #PARTS}: every word's beginnings of 4 to 30 letters, so a query word that begins a longer word finds it
 * ("schuldhulp" finds "schuldhulpverlening"); queried with {@value #PARTS_QUERY}, whole words only.</li>
 * <li>{@value #SORT}: a normalizer for sorting by name: lower case, accents folded.</li>
 * </ul>
 * The Elasticsearch/OpenSearch backend needs the same definitions in its own configurer (README, "Search").
 */
public class DutchAnalysis implements LuceneAnalysisConfigurer {

    public static final String DUTCH = "dutch";
    public static final String DUTCH_QUERY = "dutch_query";
    public static final String PARTS = "word_parts";
    public static final String PARTS_QUERY = "word_parts_query";
    public static final String SORT = "sort";

    static final String WORD_PARTS = "directory/dutch-word-parts.txt";
    private static final String STOP_WORDS = "org/apache/lucene/analysis/snowball/dutch_stop.txt";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(DUTCH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop").param("words", STOP_WORDS).param("format", "snowball").param("ignoreCase", "true")
                .tokenFilter("dictionaryCompoundWord").param("dictionary", WORD_PARTS)
                        .param("minSubwordSize", "3").param("onlyLongestMatch", "false")
                .tokenFilter("asciiFolding")
                .tokenFilter("snowballPorter").param("language", "Dutch");
        context.analyzer(DUTCH_QUERY).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop").param("words", STOP_WORDS).param("format", "snowball").param("ignoreCase", "true")
                .tokenFilter("asciiFolding")
                .tokenFilter("snowballPorter").param("language", "Dutch");
        context.analyzer(PARTS).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram").param("minGramSize", "4").param("maxGramSize", "30")
                        .param("preserveOriginal", "true");
        context.analyzer(PARTS_QUERY).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer(SORT).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
