package nl.hecht.identity;

/** What a person may do in Hecht. An account holds one or more. */
public enum Role {
    ADMIN, RESV_STAFF, COORDINATOR, PROFESSIONAL, CLIENT;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
