package nl.hecht.network.internal.region;

/** Who the region forms networks with (R021). */
public enum StakeholderKind {
    HEALTH_INSURER, MUNICIPALITY, OTHER
}
