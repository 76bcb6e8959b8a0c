package nl.hecht.network.internal.access;

/**
 * The region or network does not exist, or the person may not know it does: both answer 404, so an id in a URL
 * reveals nothing.
 */
public class NotVisibleException extends RuntimeException {

    public NotVisibleException() {
        super("not found or not visible", null, false, false);
    }
}
