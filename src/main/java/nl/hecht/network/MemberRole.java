package nl.hecht.network;

/**
 * What a member does in the network beyond taking part. A member without any of these is an ordinary member.
 * A member may hold several (a GP may be the coordinator and the GP liaison).
 */
public enum MemberRole {
    /** The network's linking pin, shown with the network's {@link CoordinatorLabel} (R088). */
    COORDINATOR,
    /** The kartrekker, who organises and chairs (seed 001). */
    CHAIR,
    /**
     * The fixed contact for their discipline (seed 001's "vaste verbinder"; shown as "aanspreekpunt voor de eigen
     * discipline", so that "verbinder" names only the coordinator label). A tip, not needed for the composition.
     */
    LIAISON,
    /** The mandated delegate of their profession; one per profession (R172). */
    DELEGATE
}
