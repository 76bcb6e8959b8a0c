package nl.hecht.directory.internal;

import java.util.Optional;
import java.util.Set;

import nl.hecht.directory.SearchQuery;
import nl.hecht.directory.SearchResult;
import nl.hecht.directory.ServiceId;
import nl.hecht.directory.ServiceView;
import nl.hecht.directory.SocialMap;
import nl.hecht.directory.SocialMapSearch;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/**
 * Searching the sociale kaart as its pages do (R071–R073, R210, R245–R247): the staff search for professionals,
 * coordinators, RESV staff and administrators, and the public directory for everyone, which only ever finds and shows
 * entries that are public and active.
 */
@ApplicationService
public class DirectorySearches {

    private static final Set<String> STAFF_ROLES = Set.of(DirectoryPolicies.STAFF_ROLES);

    private final SocialMapSearch search;
    private final SocialMap socialMap;

    DirectorySearches(SocialMapSearch search, SocialMap socialMap) {
        this.search = search;
        this.socialMap = socialMap;
    }

    /**
     * Whether the person searches the staff side ({@link #staffSearch}); anyone else, signed in or not, is sent to the
     * public directory with the same search.
     */
    @UseCase(policy = DirectoryPolicyNames.PUBLIC_DIRECTORY)
    public boolean searchesAsStaff(CurrentUser user) {
        return user != null && user.roleNames().stream().anyMatch(STAFF_ROLES::contains);
    }

    @UseCase(policy = DirectoryPolicyNames.SEARCH_DIRECTORY)
    public SearchResult staffSearch(CurrentUser user, SearchQuery query) {
        return search.search(query);
    }

    @UseCase(policy = DirectoryPolicyNames.PUBLIC_DIRECTORY)
    public SearchResult publicSearch(SearchQuery query) {
        return search.search(query.asPublic());
    }

    /** A public, active entry; empty for an unknown one or one that is not public or not active (the same 404). */
    @UseCase(policy = DirectoryPolicyNames.PUBLIC_DIRECTORY)
    public Optional<ServiceView> publicEntry(ServiceId id) {
        return socialMap.find(id).filter(view -> view.details().publicEntry() && view.details().active());
    }
}
