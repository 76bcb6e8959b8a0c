package nl.hecht.network.internal.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.hecht.network.internal.inventory.InventoryMerge.Merged;
import nl.hecht.network.internal.inventory.InventoryMerge.PracticeRows;
import nl.hecht.network.internal.inventory.InventoryMerge.Remark;
import nl.hecht.network.internal.inventory.InventoryMerge.Tally;
import nl.hecht.shared.DomainException;

/** The merged inventories of an area (R178) and the practices in no network. */
class InventoryMergeTests {

    private static final UUID HOME_CARE = UUID.randomUUID();
    private static final UUID PHARMACY = UUID.randomUUID();
    private static final Map<UUID, String> NAMES = Map.of(HOME_CARE, "Thuiszorg Voorbeeld", PHARMACY, "Apotheek Oost");

    private static Merged merge(PracticeRows... inventories) {
        return InventoryMerge.merge(List.of(inventories), NAMES::get);
    }

    @Test
    void practicesCountTogetherPerProviderAndDiscipline() {
        Merged merged = merge(
                new PracticeRows(UUID.randomUUID(), "De Linde", List.of(
                        new InventoryRow(HOME_CARE, null, "DISTRICT_NURSE", InventoryStatus.ALREADY, null, null),
                        new InventoryRow(PHARMACY, null, "PHARMACIST", InventoryStatus.NOT_YET, "Geen contactpersoon", null))),
                new PracticeRows(UUID.randomUUID(), "Het Anker", List.of(
                        new InventoryRow(HOME_CARE, null, "DISTRICT_NURSE", InventoryStatus.ALREADY, null, "Vast overleg"),
                        new InventoryRow(PHARMACY, null, "PHARMACIST", InventoryStatus.WILL, null, null))),
                new PracticeRows(UUID.randomUUID(), "De Vaart", List.of(
                        new InventoryRow(HOME_CARE, null, "DISTRICT_NURSE", InventoryStatus.NOT_YET, null, null))));

        assertThat(merged.tallies()).containsExactly(
                new Tally("Thuiszorg Voorbeeld", "DISTRICT_NURSE", 2, 1, 0, List.of("De Linde", "De Vaart", "Het Anker")),
                new Tally("Apotheek Oost", "PHARMACIST", 0, 1, 1, List.of("De Linde", "Het Anker")));
        assertThat(merged.bottlenecks()).containsExactly(
                new Remark("De Linde", "Apotheek Oost", "PHARMACIST", "Geen contactpersoon"));
        assertThat(merged.goodPractices()).containsExactly(
                new Remark("Het Anker", "Thuiszorg Voorbeeld", "DISTRICT_NURSE", "Vast overleg"));
    }

    @Test
    void typedNamesCountTogetherIgnoringCaseAndARowMayNameOnlyTheDiscipline() {
        Merged merged = merge(
                new PracticeRows(UUID.randomUUID(), "A", List.of(
                        new InventoryRow(null, "Logopedie Spraakwater", "OTHER_ALLIED_HEALTH", InventoryStatus.WILL, null, null),
                        new InventoryRow(null, null, "DIETITIAN", InventoryStatus.NOT_YET, null, null))),
                new PracticeRows(UUID.randomUUID(), "B", List.of(
                        new InventoryRow(null, " logopedie spraakwater ", "OTHER_ALLIED_HEALTH", InventoryStatus.ALREADY, null, null))));

        assertThat(merged.tallies()).extracting(Tally::provider, Tally::disciplineCode, Tally::total).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, "DIETITIAN", 1),
                org.assertj.core.groups.Tuple.tuple("Logopedie Spraakwater", "OTHER_ALLIED_HEALTH", 2));
    }

    @Test
    void practicesInNoActiveCoreNetworkAndNotServedAreFlagged() {
        UUID inCore = UUID.randomUUID();
        UUID served = UUID.randomUUID();
        UUID nowhere = UUID.randomUUID();

        assertThat(InventoryMerge.inNoNetwork(List.of(inCore, served, nowhere, nowhere), Set.of(inCore), Set.of(served)))
                .containsExactly(nowhere);
    }

    @Test
    void aRowNamesItsProviderOnceAndNeedsADisciplineAndAStatus() {
        assertThatThrownBy(() -> new InventoryRow(HOME_CARE, "Thuiszorg", "DISTRICT_NURSE", InventoryStatus.ALREADY, null, null))
                .isInstanceOf(DomainException.class).hasMessage("inventory.error.provider-both");
        assertThatThrownBy(() -> new InventoryRow(HOME_CARE, null, " ", InventoryStatus.ALREADY, null, null))
                .isInstanceOf(DomainException.class).hasMessage("inventory.error.discipline");
        assertThatThrownBy(() -> new InventoryRow(HOME_CARE, null, "DISTRICT_NURSE", null, null, null))
                .isInstanceOf(DomainException.class).hasMessage("inventory.error.status");
    }
}
