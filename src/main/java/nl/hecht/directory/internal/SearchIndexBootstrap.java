package nl.hecht.directory.internal;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the search index agree with the database at start-up: when the number of indexed entries differs from the
 * number of entries (a new or lost index directory, an in-memory index, entries written while the index was away),
 * the index is rebuilt from the database. {@code hecht.search.reindex-on-start}: {@code auto} (default),
 * {@code always} or {@code never} (e.g. for nodes sharing an Elasticsearch index that one node rebuilds).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchIndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    private final EntityManagerFactory entityManagerFactory;
    private final TransactionTemplate transactions;
    private final String mode;

    SearchIndexBootstrap(EntityManagerFactory entityManagerFactory, TransactionTemplate transactions,
            @Value("${hecht.search.reindex-on-start:auto}") String mode) {
        this.entityManagerFactory = entityManagerFactory;
        this.transactions = transactions;
        this.mode = mode;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if ("never".equals(mode)) {
            return;
        }
        if ("always".equals(mode) || !inStep()) {
            rebuild();
        }
    }

    /** Whether the index holds as many entries as the database. */
    boolean inStep() {
        Long[] counts = transactions.execute(status -> {
            var entityManager = entityManagerFactory.createEntityManager();
            try {
                SearchSession session = Search.session(entityManager);
                long indexed = session.search(ServiceEntry.class).where(f -> f.matchAll()).fetchTotalHitCount();
                long stored = entityManager.createQuery("select count(s) from ServiceEntry s", Long.class)
                        .getSingleResult();
                return new Long[] { indexed, stored };
            } finally {
                entityManager.close();
            }
        });
        return counts[0].equals(counts[1]);
    }

    /**
     * Rebuilds the whole index from the database, merged into one segment at the end: a search then walks one
     * segment instead of a dozen (faster facets and sorting; see the search benchmark in bench/README.md).
     */
    void rebuild() throws InterruptedException {
        long start = System.nanoTime();
        Search.mapping(entityManagerFactory).scope(ServiceEntry.class).massIndexer()
                .threadsToLoadObjects(2).batchSizeToLoadObjects(200).mergeSegmentsOnFinish(true).startAndWait();
        log.info("Search index of the sociale kaart rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
