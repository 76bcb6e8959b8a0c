package nl.hecht.directory.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Chooses the search backend from Hecht's own settings, so that switching needs configuration only:
 * <ul>
 * <li>{@code hecht.search.backend=lucene} (default): Lucene, the index in {@code hecht.search.index-dir} (empty: in
 * memory, rebuilt at start-up — used by the tests), analyzers from {@link DutchAnalysis}. One node.</li>
 * <li>{@code hecht.search.backend=elasticsearch}: an Elasticsearch or OpenSearch cluster at {@code hecht.search.hosts}
 * ({@code protocol}, {@code username}, {@code password}, {@code version} such as {@code 8.15} or
 * {@code opensearch:2.19}; empty: asked from the cluster at start-up), analyzers from
 * {@link DutchElasticsearchAnalysis}. All nodes share the index.</li>
 * </ul>
 * Any {@code spring.jpa.properties.hibernate.search.*} property still overrides what is set here.
 */
@Component
class SearchBackendConfiguration implements HibernatePropertiesCustomizer {

    private static final String BACKEND = "hibernate.search.backend.";

    private final String backend;
    private final String indexDir;
    private final String hosts;
    private final String protocol;
    private final String username;
    private final String password;
    private final String version;

    SearchBackendConfiguration(@Value("${hecht.search.backend:lucene}") String backend,
            @Value("${hecht.search.index-dir:}") String indexDir, @Value("${hecht.search.hosts:localhost:9200}") String hosts,
            @Value("${hecht.search.protocol:http}") String protocol, @Value("${hecht.search.username:}") String username,
            @Value("${hecht.search.password:}") String password, @Value("${hecht.search.version:}") String version) {
        this.backend = backend.strip().toLowerCase(Locale.ROOT);
        this.indexDir = indexDir;
        this.hosts = hosts;
        this.protocol = protocol;
        this.username = username;
        this.password = password;
        this.version = version;
        if (!this.backend.equals("lucene") && !this.backend.equals("elasticsearch")) {
            throw new IllegalStateException("hecht.search.backend must be lucene or elasticsearch, not " + backend);
        }
    }

    @Override
    public void customize(Map<String, Object> properties) {
        if (backend.equals("lucene")) {
            putIfAbsent(properties, "type", "lucene");
            putIfAbsent(properties, "lucene_version", "LATEST");
            putIfAbsent(properties, "analysis.configurer", "class:" + DutchAnalysis.class.getName());
            if (indexDir == null || indexDir.isBlank()) {
                putIfAbsent(properties, "directory.type", "local-heap");
            } else {
                putIfAbsent(properties, "directory.type", "local-filesystem");
                putIfAbsent(properties, "directory.root", indexDir);
            }
        } else {
            putIfAbsent(properties, "type", "elasticsearch");
            putIfAbsent(properties, "hosts", hosts);
            putIfAbsent(properties, "protocol", protocol);
            putIfAbsent(properties, "analysis.configurer", "class:" + DutchElasticsearchAnalysis.class.getName());
            if (!username.isBlank()) {
                putIfAbsent(properties, "username", username);
                putIfAbsent(properties, "password", password);
            }
            if (!version.isBlank()) {
                putIfAbsent(properties, "version", version);
            }
        }
    }

    private static void putIfAbsent(Map<String, Object> properties, String key, String value) {
        properties.putIfAbsent(BACKEND + key, value);
    }
}
