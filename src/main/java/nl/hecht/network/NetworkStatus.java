package nl.hecht.network;

import java.util.Set;

/** Where a network stands (R020). Only an active core network covers its area. */
public enum NetworkStatus {
    /** Being formed, with the RESV as driver. */
    IN_FORMATION, ACTIVE, PAUSED, ENDED;

    public Set<NetworkStatus> next() {
        return switch (this) {
            case IN_FORMATION -> Set.of(ACTIVE, ENDED);
            case ACTIVE -> Set.of(PAUSED, ENDED);
            case PAUSED -> Set.of(ACTIVE, ENDED);
            case ENDED -> Set.of();
        };
    }

    public boolean canBecome(NetworkStatus target) {
        return next().contains(target);
    }
}
