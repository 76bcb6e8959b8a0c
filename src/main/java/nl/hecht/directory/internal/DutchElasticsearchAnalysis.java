package nl.hecht.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analyzers as {@link DutchAnalysis}, for the Elasticsearch/OpenSearch backend: built-in Dutch stop words
 * and Snowball stemmer, the dictionary decompounder with Hecht's list of word parts, edge n-grams for word
 * beginnings, and the sort normalizer.
 */
public class DutchElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("hecht_dutch_stop").type("stop").param("stopwords", "_dutch_");
        context.tokenFilter("hecht_word_parts").type("dictionary_decompounder").param("word_list", wordParts())
                .param("min_subword_size", 3).param("only_longest_match", false);
        context.tokenFilter("hecht_dutch_stemmer").type("stemmer").param("language", "dutch");
        context.tokenFilter("hecht_beginnings").type("edge_ngram").param("min_gram", 4).param("max_gram", 30)
                .param("preserve_original", true);
        context.analyzer(DutchAnalysis.DUTCH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "hecht_dutch_stop", "hecht_word_parts", "asciifolding", "hecht_dutch_stemmer");
        context.analyzer(DutchAnalysis.DUTCH_QUERY).custom().tokenizer("standard")
                .tokenFilters("lowercase", "hecht_dutch_stop", "asciifolding", "hecht_dutch_stemmer");
        context.analyzer(DutchAnalysis.PARTS).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "hecht_beginnings");
        context.analyzer(DutchAnalysis.PARTS_QUERY).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.normalizer(DutchAnalysis.SORT).custom().tokenFilters("lowercase", "asciifolding");
    }

    /** The word parts of {@link DutchAnalysis#WORD_PARTS}, without comments and blank lines. */
    static String[] wordParts() {
        try (InputStream in = DutchElasticsearchAnalysis.class.getClassLoader().getResourceAsStream(DutchAnalysis.WORD_PARTS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DutchAnalysis.WORD_PARTS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
