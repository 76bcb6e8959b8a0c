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
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository == null) {
            return;
        }
        Set<String> ids = repository.findByPrincipalName(id.toString()).keySet();
        ids.forEach(repository::deleteById);
        if (!ids.isEmpty()) {
            log.info("Account {}: {} open session(s) ended", id, ids.size());
        }
    }
}
