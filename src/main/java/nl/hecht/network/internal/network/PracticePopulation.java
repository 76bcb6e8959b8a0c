package nl.hecht.network.internal.network;

import java.util.Collection;

import nl.hecht.directory.Organisation;

/**
 * The population of a practice-based network (R136): the list sizes of its GP practices summed, and how many of them
 * have no list size recorded (so the sum is a lower bound, which the page says). Pure.
 */
public record PracticePopulation(int practices, long patients, int withoutListSize) {

    public static final PracticePopulation NONE = new PracticePopulation(0, 0, 0);

    public static PracticePopulation of(Collection<Organisation> practices) {
        long patients = 0;
        int unknown = 0;
        for (Organisation practice : practices) {
            if (practice.listSize() == null) {
                unknown++;
            } else {
                patients += practice.listSize();
            }
        }
        return new PracticePopulation(practices.size(), patients, unknown);
    }

    /** Whether every practice has a list size, so the sum is the whole population. */
    public boolean complete() {
        return withoutListSize == 0;
    }
}
