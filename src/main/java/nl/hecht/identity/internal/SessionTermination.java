package nl.hecht.identity.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

import nl.hecht.identity.AccountId;

/**
 * Ends the open sessions of an account, e.g. when it is deactivated, so it loses access at once instead of at the
 * end of its session. Sessions are indexed by the principal name, which is the account id (see CurrentUser).
 */
@Component
class SessionTermination {

    private static final Logger log = LoggerFactory.getLogger(SessionTermination.class);

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    SessionTermination(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    void endSessionsOf(AccountId id) {
        endSessionsOf(id, null);
    }

    /**
     * Ends the account's sessions but the given one (which may be null). This removes them from the store at once; the
     * security stamp (see AccountSessions) also refuses any of them that a request in flight writes back.
     */
    void endSessionsOf(AccountId id, String keptSessionId) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository == null) {
            return;
        }
        Set<String> ids = new java.util.HashSet<>(repository.findByPrincipalName(id.toString()).keySet());
        ids.remove(keptSessionId);
        ids.forEach(repository::deleteById);
        if (!ids.isEmpty()) {
            log.info("Account {}: {} open session(s) ended", id, ids.size());
        }
    }
}
