package nl.hecht.shared;

/**
 * The record does not exist, or the person asking may not know that it does: both answer the same friendly 404
 * page, so an id in a web address reveals nothing (R043). Thrown by the use-case boundary when a policy hides a
 * record, by services for an unknown id, and at the web edge for a malformed one.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("not found or not visible", null, false, false);
    }
}
