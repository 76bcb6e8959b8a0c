package nl.hecht.network.internal.network;

import java.net.URI;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import nl.hecht.shared.DomainException;

/** A link to a regional document the charter builds on (R038). Only http(s) links. */
@Embeddable
public record DocumentLink(@Column(name = "title", nullable = false, length = 200) String title,
        @Column(name = "url", nullable = false, length = 1000) String url) {

    public DocumentLink {
        title = Texts.blankToNull(title);
        url = Texts.blankToNull(url);
        if (title == null || url == null || title.length() > 200 || url.length() > 1000 || !isWebAddress(url)) {
            throw new DomainException("network.error.document-link");
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
