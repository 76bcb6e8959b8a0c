package nl.hecht.wijkfoto;

import java.util.Map;
import java.util.Set;

import nl.hecht.network.NetworkId;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * A section another module adds to the wijkfoto page: a bean of this type is rendered on every wijkfoto, in
 * {@link #order()} after the wijkfoto's own sections. Its fragment gets the model under the name {@code section}.
 * The page was already let through by the wijkfoto's access rule; a section shows only what every member of the
 * network may see.
 */
public interface WijkfotoSection {

    /** Lower comes first. */
    int order();

    /** The message key of the section's heading. */
    String titleKey();

    /** The Thymeleaf fragment to render, e.g. {@code "monitoring/wijkfoto :: section"}. */
    String fragment();

    /**
     * What the fragment shows for the network and the neighbourhoods the page is about (the whole service area, or
     * one neighbourhood).
     */
    Map<String, Object> model(NetworkId network, Set<NeighbourhoodCode> neighbourhoods);
}
