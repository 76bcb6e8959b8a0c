package nl.hecht.network.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.hecht.network.internal.inventory.InventoryRow;
import nl.hecht.network.internal.inventory.InventoryStatus;
import nl.hecht.network.internal.inventory.PracticeInventories.InventoryView;

/**
 * A practice's inventory as typed (R177): rows of a first-line provider (chosen from the register or typed), a
 * discipline, a status and the knelpunten and good practices of that collaboration. Empty rows are skipped.
 */
record InventoryForm(@Valid List<Row> rows) {

    /** Empty rows the form offers for new providers. */
    static final int EMPTY_ROWS = 3;

    record Row(UUID providerOrganisationId,
            @Size(max = 200, message = "{inventory.error.provider-name}") String providerName,
            String disciplineCode, InventoryStatus status,
            @Size(max = 1000, message = "{inventory.error.too-long}") String bottleneck,
            @Size(max = 1000, message = "{inventory.error.too-long}") String goodPractice) {

        boolean isEmpty() {
            return providerOrganisationId == null && FormErrors.blankToNull(providerName) == null
                    && FormErrors.blankToNull(disciplineCode) == null && FormErrors.blankToNull(bottleneck) == null
                    && FormErrors.blankToNull(goodPractice) == null;
        }
    }

    InventoryForm {
        rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
    }

    static InventoryForm of(InventoryView inventory) {
        List<Row> rows = new ArrayList<>();
        if (inventory != null) {
            inventory.rows().forEach(row -> rows.add(new Row(row.providerOrganisationId(), row.providerName(),
                    row.disciplineCode(), row.status(), row.bottleneck(), row.goodPractice())));
        }
        return new InventoryForm(rows).withEmptyRows();
    }

    InventoryForm withEmptyRows() {
        List<Row> more = new ArrayList<>(rows);
        for (int i = 0; i < EMPTY_ROWS; i++) {
            more.add(new Row(null, null, null, null, null, null));
        }
        return new InventoryForm(more);
    }

    /** Each filled row needs a discipline and a status, and names its provider once (chosen or typed, not both). */
    void check(Errors errors) {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String at = "rows[" + i + "].";
            if (row == null || row.isEmpty() || errors.hasFieldErrors(at + "*")) {
                continue;
            }
            if (row.providerOrganisationId() != null && FormErrors.blankToNull(row.providerName()) != null) {
                errors.rejectValue(at + "providerName", "inventory.error.provider-both");
            }
            if (FormErrors.blankToNull(row.disciplineCode()) == null) {
                errors.rejectValue(at + "disciplineCode", "inventory.error.discipline");
            }
            if (row.status() == null) {
                errors.rejectValue(at + "status", "inventory.error.status");
            }
        }
    }

    List<InventoryRow> toRows() {
        return rows.stream().filter(row -> row != null && !row.isEmpty())
                .map(row -> new InventoryRow(row.providerOrganisationId(), row.providerName(), row.disciplineCode(),
                        row.status(), row.bottleneck(), row.goodPractice()))
                .toList();
    }
}
