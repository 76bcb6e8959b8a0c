package nl.hecht.shared.usecase;

import java.util.Set;

/**
 * The person a use case runs for, as the boundary sees them without knowing the identity module: the names of their
 * roles. A use case that takes the caller as an argument (a background job passes the person who started it) is
 * decided for that caller; otherwise for the principal signed in on the thread.
 */
public interface Caller {

    Set<String> roleNames();
}
