package nl.hecht.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Hecht's search settings become Hibernate Search's backend properties; explicit Hibernate properties win. */
class SearchBackendConfigurationTests {

    private static Map<String, Object> customize(String backend, String indexDir, Map<String, Object> given) {
        Map<String, Object> properties = new HashMap<>(given);
        new SearchBackendConfiguration(backend, indexDir, "es1:9200,es2:9200", "https", "hecht", "secret",
                "opensearch:2.19").customize(properties);
        return properties;
    }

    @Test
    void luceneKeepsTheIndexInTheDataDirectory() {
        assertThat(customize("lucene", "/var/hecht/index", Map.of()))
                .containsEntry("hibernate.search.backend.type", "lucene")
                .containsEntry("hibernate.search.backend.directory.type", "local-filesystem")
                .containsEntry("hibernate.search.backend.directory.root", "/var/hecht/index")
                .containsEntry("hibernate.search.backend.analysis.configurer", "class:" + DutchAnalysis.class.getName());
    }

    @Test
    void withoutADirectoryTheIndexIsInMemory() {
        assertThat(customize("lucene", "", Map.of())).containsEntry("hibernate.search.backend.directory.type",
                "local-heap");
    }

    @Test
    void elasticsearchForSeveralNodes() {
        assertThat(customize("Elasticsearch", "/ignored", Map.of()))
                .containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.hosts", "es1:9200,es2:9200")
                .containsEntry("hibernate.search.backend.protocol", "https")
                .containsEntry("hibernate.search.backend.username", "hecht")
                .containsEntry("hibernate.search.backend.version", "opensearch:2.19")
                .containsEntry("hibernate.search.backend.analysis.configurer",
                        "class:" + DutchElasticsearchAnalysis.class.getName())
                .doesNotContainKey("hibernate.search.backend.directory.root");
    }

    @Test
    void explicitHibernatePropertiesWin() {
        assertThat(customize("lucene", "/x", Map.of("hibernate.search.backend.directory.root", "/y")))
                .containsEntry("hibernate.search.backend.directory.root", "/y");
    }

    @Test
    void anUnknownBackendStopsTheStart() {
        assertThatIllegalStateException().isThrownBy(() -> customize("solr", "", Map.of()));
    }

    @Test
    void elasticsearchGetsTheSameWordParts() {
        assertThat(DutchElasticsearchAnalysis.wordParts()).contains("zorg", "hulp", "schuld").doesNotContain("")
                .noneMatch(word -> word.startsWith("#"));
    }
}
