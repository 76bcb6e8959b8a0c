package nl.hecht.network.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import nl.hecht.network.NodeRef;
import nl.hecht.network.internal.analysis.DrawnLine;
import nl.hecht.network.internal.analysis.LineKind;
import nl.hecht.network.internal.analysis.SessionDetails;

/**
 * A joint session as typed (R257, R258): its date, who took part for the municipality, the professionals and the
 * residents, the notes on chances, and rows of lines drawn by hand. Empty rows are skipped.
 */
record SessionForm(@NotNull(message = "{analysis.error.session-date}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
        @Size(max = 1000, message = "{analysis.error.too-long}") String municipality,
        @Size(max = 1000, message = "{analysis.error.too-long}") String professionals,
        @Size(max = 1000, message = "{analysis.error.too-long}") String residents,
        @Size(max = 4000, message = "{analysis.error.too-long}") String chances,
        @Valid List<LineRow> lines) {

    /** Empty rows the form offers. */
    static final int EMPTY_ROWS = 5;

    /** One line row: two ends (as {@link NodeRef} text), a kind and a note. */
    record LineRow(String from, String to, LineKind kind,
            @Size(max = 1000, message = "{analysis.error.too-long}") String note) {

        boolean isEmpty() {
            return FormErrors.blankToNull(from) == null && FormErrors.blankToNull(to) == null
                    && FormErrors.blankToNull(note) == null;
        }
    }

    SessionForm {
        lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);
    }

    static SessionForm empty(LocalDate today) {
        List<LineRow> rows = new ArrayList<>();
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new LineRow(null, null, LineKind.WORKS_TOGETHER, null));
        }
        return new SessionForm(today, null, null, null, null, rows);
    }

    /** The golden triangle needs at least one side; each filled row needs two different ends and a kind. */
    void check(Errors errors) {
        if (FormErrors.blankToNull(municipality) == null && FormErrors.blankToNull(professionals) == null
                && FormErrors.blankToNull(residents) == null) {
            errors.rejectValue("municipality", "analysis.error.participants");
        }
        for (int i = 0; i < lines.size(); i++) {
            LineRow row = lines.get(i);
            if (row == null || row.isEmpty() || errors.hasFieldErrors("lines[" + i + "].*")) {
                continue;
            }
            if (!isNode(row.from())) {
                errors.rejectValue("lines[" + i + "].from", "analysis.error.line-from");
            } else if (!isNode(row.to())) {
                errors.rejectValue("lines[" + i + "].to", "analysis.error.line-to");
            } else if (row.from().equals(row.to())) {
                errors.rejectValue("lines[" + i + "].to", "analysis.error.line-same");
            } else if (row.kind() == null) {
                errors.rejectValue("lines[" + i + "].kind", "analysis.error.line-kind");
            }
        }
    }

    SessionDetails details() {
        return new SessionDetails(heldOn, municipality, professionals, residents, chances);
    }

    List<DrawnLine> drawnLines() {
        return lines.stream().filter(row -> row != null && !row.isEmpty())
                .map(row -> DrawnLine.of(NodeRef.parse(row.from()), NodeRef.parse(row.to()), row.kind(), row.note()))
                .toList();
    }

    private static boolean isNode(String text) {
        try {
            NodeRef.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
