package nl.hecht.network.internal.access;

import nl.hecht.shared.NotFoundException;

/**
 * The region or network does not exist, or the person may not know it does: both answer the friendly 404 of
 * {@link NotFoundException}, so an id in a URL reveals nothing (R043).
 */
public class NotVisibleException extends NotFoundException {

    public NotVisibleException() {
        super();
    }
}
