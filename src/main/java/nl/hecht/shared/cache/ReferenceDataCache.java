package nl.hecht.shared.cache;

import java.util.List;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The in-process cache of reference data: what nearly every page asks for and what changes rarely (the taxonomy of the
 * sociale kaart, municipalities and neighbourhoods, the networks' service areas). Caffeine through Spring's cache
 * abstraction ({@code @Cacheable} on the module's own read methods); its size and lifetime are
 * {@code spring.cache.caffeine.spec} (application.properties: 60 seconds).
 * <p>
 * A module that changes such data calls {@link #evict} for the caches it owns, in the changing transaction: the
 * entries go at once and again after the commit, so no request of this node reads the old value after the change is
 * committed. Other nodes do not hear of it: on a node that did not make the change, an entry lives until it expires,
 * at most the lifetime of the spec (README, "Running several nodes").
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class ReferenceDataCache {

    private final CacheManager caches;

    ReferenceDataCache(CacheManager caches) {
        this.caches = caches;
    }

    /** Empties the named caches now and, when a transaction is active, once more after it commits. */
    public void evict(String... cacheNames) {
        List<String> names = List.of(cacheNames);
        clear(names);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear(names);
                }
            });
        }
    }

    private void clear(List<String> names) {
        for (String name : names) {
            var cache = caches.getCache(name);
            if (cache != null) {
                cache.clear();
            }
        }
    }
}
