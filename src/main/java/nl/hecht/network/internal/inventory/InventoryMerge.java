package nl.hecht.network.internal.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The inventories of all GP practices of an area merged (seed 003, PDCA Plan 2, R178): per provider and discipline
 * how many practices already work with it, will, or not yet; every knelpunt and good practice with the
 * practice it comes from; and the practices that are in no network. Pure: no database.
 */
final class InventoryMerge {

    /** One practice's inventory, with the practice's name. */
    public record PracticeRows(UUID practice, String practiceName, List<InventoryRow> rows) {
    }

    /**
     * How the practices stand to one provider for one discipline. {@code provider} is the provider's name, or null
     * when the rows name only the discipline.
     */
    public record Tally(String provider, String disciplineCode, int already, int notYet, int will,
            List<String> practices) {

        public int total() {
            return already + notYet + will;
        }
    }

    /** A knelpunt or good practice, with where it comes from. */
    public record Remark(String practiceName, String provider, String disciplineCode, String text) {
    }

    public record Merged(List<Tally> tallies, List<Remark> bottlenecks, List<Remark> goodPractices) {
    }

    private InventoryMerge() {
    }

    /**
     * Merges the inventories. Rows for the same registered organisation count together; typed names count together
     * when they are equal ignoring case and surrounding spaces.
     *
     * @param organisationNames the names of registered providers by id; an unknown id counts under its id
     */
    public static Merged merge(Collection<PracticeRows> inventories, Function<UUID, String> organisationNames) {
        record Key(String provider, String discipline) {
        }
        final class Counts {
            String name;
            int already;
            int notYet;
            int will;
            final List<String> practices = new ArrayList<>();
        }
        Map<Key, Counts> counts = new LinkedHashMap<>();
        List<Remark> bottlenecks = new ArrayList<>();
        List<Remark> goodPractices = new ArrayList<>();
        List<PracticeRows> ordered = inventories.stream()
                .sorted(Comparator.comparing(PracticeRows::practiceName, String.CASE_INSENSITIVE_ORDER)).toList();
        for (PracticeRows inventory : ordered) {
            for (InventoryRow row : inventory.rows()) {
                String name = providerName(row, organisationNames);
                String identity = row.providerOrganisationId() != null ? "org:" + row.providerOrganisationId()
                        : name == null ? "" : "name:" + name.toLowerCase(Locale.ROOT);
                Counts tally = counts.computeIfAbsent(new Key(identity, row.disciplineCode()), key -> new Counts());
                if (tally.name == null) {
                    tally.name = name;
                }
                switch (row.status()) {
                    case ALREADY -> tally.already++;
                    case NOT_YET -> tally.notYet++;
                    case WILL -> tally.will++;
                }
                if (!tally.practices.contains(inventory.practiceName())) {
                    tally.practices.add(inventory.practiceName());
                }
                if (row.bottleneck() != null) {
                    bottlenecks.add(new Remark(inventory.practiceName(), name, row.disciplineCode(), row.bottleneck()));
                }
                if (row.goodPractice() != null) {
                    goodPractices.add(new Remark(inventory.practiceName(), name, row.disciplineCode(),
                            row.goodPractice()));
                }
            }
        }
        List<Tally> tallies = new ArrayList<>();
        counts.forEach((key, tally) -> tallies.add(new Tally(tally.name, key.discipline(), tally.already,
                tally.notYet, tally.will, List.copyOf(tally.practices))));
        tallies.sort(Comparator.comparing(Tally::disciplineCode)
                .thenComparing(tally -> tally.provider() == null ? "" : tally.provider(), String.CASE_INSENSITIVE_ORDER));
        return new Merged(tallies, bottlenecks, goodPractices);
    }

    /**
     * The practices that are in no network: not the organisation of a current member of an active core network, and
     * not served by an active (practice-based) network.
     */
    public static List<UUID> inNoNetwork(Collection<UUID> practices, Set<UUID> inActiveCoreNetwork,
            Set<UUID> servedByActiveNetwork) {
        return practices.stream().distinct()
                .filter(practice -> !inActiveCoreNetwork.contains(practice) && !servedByActiveNetwork.contains(practice))
                .toList();
    }

    private static String providerName(InventoryRow row, Function<UUID, String> organisationNames) {
        if (row.providerOrganisationId() != null) {
            String name = organisationNames.apply(row.providerOrganisationId());
            return name == null ? row.providerOrganisationId().toString() : name;
        }
        return row.providerName();
    }
}
