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

    private NetworkPolicyNames() {
    }
}
