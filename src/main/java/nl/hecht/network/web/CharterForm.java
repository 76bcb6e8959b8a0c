package nl.hecht.network.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.hecht.network.OrganisationalModel;
import nl.hecht.network.internal.network.Charter;
import nl.hecht.network.internal.network.DocumentLink;
import nl.hecht.shared.DomainException;

/**
 * The charter as typed: what the network stands for (R144), the answers to questions A–D of seed 001, the
 * organisational model (R074) and links to regional documents it builds on (R038). Empty link rows are skipped.
 */
record CharterForm(@Size(max = 4000, message = "{charter.error.too-long}") String purpose,
        @Size(max = 4000, message = "{charter.error.too-long}") String answerA,
        @Size(max = 4000, message = "{charter.error.too-long}") String answerB,
        @Size(max = 4000, message = "{charter.error.too-long}") String answerC,
        @Size(max = 4000, message = "{charter.error.too-long}") String answerD,
        OrganisationalModel model,
        @Valid List<LinkRow> links) {

    /** Empty rows the form offers for new links. */
    static final int EMPTY_ROWS = 2;

    /** One link row. */
    record LinkRow(@Size(max = 200, message = "{charter.error.link-title}") String title,
            @Size(max = 1000, message = "{charter.error.link-url}") String url) {

        boolean isEmpty() {
            return FormErrors.blankToNull(title) == null && FormErrors.blankToNull(url) == null;
        }
    }

    CharterForm {
        links = links == null ? new ArrayList<>() : new ArrayList<>(links);
    }

    static CharterForm of(Charter charter, List<DocumentLink> documentLinks) {
        List<LinkRow> rows = new ArrayList<>();
        documentLinks.forEach(link -> rows.add(new LinkRow(link.title(), link.url())));
        return new CharterForm(charter.purpose(), charter.answerA(), charter.answerB(), charter.answerC(),
                charter.answerD(), charter.model(), rows).withEmptyRows();
    }

    /** The same form with empty rows added for new links. */
    CharterForm withEmptyRows() {
        List<LinkRow> rows = new ArrayList<>(links);
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new LinkRow(null, null));
        }
        return new CharterForm(purpose, answerA, answerB, answerC, answerD, model, rows);
    }

    /** Each filled link row needs a title and a web address; the error sits at the field that needs changing. */
    void check(Errors errors) {
        for (int i = 0; i < links.size(); i++) {
            LinkRow row = links.get(i);
            if (row == null || row.isEmpty() || errors.hasFieldErrors("links[" + i + "].*")) {
                continue;
            }
            if (FormErrors.blankToNull(row.title()) == null) {
                errors.rejectValue("links[" + i + "].title", "charter.error.link-title");
            } else {
                try {
                    new DocumentLink(row.title(), row.url());
                } catch (DomainException e) {
                    errors.rejectValue("links[" + i + "].url", "charter.error.link-url");
                }
            }
        }
    }

    Charter toCharter() {
        return new Charter(purpose, answerA, answerB, answerC, answerD, model);
    }

    List<DocumentLink> toLinks() {
        return links.stream().filter(row -> row != null && !row.isEmpty())
                .map(row -> new DocumentLink(row.title(), row.url())).toList();
    }
}
