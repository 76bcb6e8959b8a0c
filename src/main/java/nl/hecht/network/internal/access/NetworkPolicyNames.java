package nl.hecht.network.internal.access;

/** The names of the network module's access policies, for {@code @UseCase(policy = ...)} (R043). */
public final class NetworkPolicyNames {

    public static final String SEE_NETWORKS = "SEE_NETWORKS";
    public static final String VIEW_NETWORK = "VIEW_NETWORK";
    public static final String COORDINATE_NETWORK = "COORDINATE_NETWORK";
    public static final String MANAGE_NETWORK = "MANAGE_NETWORK";
    public static final String SEE_REGIONS = "SEE_REGIONS";
    public static final String MANAGE_REGION = "MANAGE_REGION";
    public static final String CREATE_REGION = "CREATE_REGION";
    /** A network's members to add, change and end: its coordinator or its RESV (not a professional). */
    public static final String COORDINATE_MEMBERS = "COORDINATE_MEMBERS";
    /** A network's service area to draw: its coordinator or its RESV. */
    public static final String COORDINATE_AREA = "COORDINATE_AREA";
    /** A new network in a region: its RESV staff. */
    public static final String CREATE_NETWORK = "CREATE_NETWORK";

    private NetworkPolicyNames() {
    }
}
