package nl.hecht.directory.internal;

/**
 * The names of the sociale kaart's access policies ({@link DirectoryPolicies}), for the {@code @UseCase}s of the
 * module's packages.
 */
public final class DirectoryPolicyNames {

    /** The staff side of the sociale kaart as a whole (the search, "mijn vermeldingen"): staff roles, not clients. */
    public static final String SEARCH_DIRECTORY = "SEARCH_DIRECTORY";
    /** One entry to read, with its history: staff roles; an unknown entry is hidden. */
    public static final String READ_ENTRY = "READ_ENTRY";
    /** One entry to change or verify: its organisation's staff, its curating coordinator, its managers (R090). */
    public static final String MAINTAIN_ENTRY = "MAINTAIN_ENTRY";
    /** A new entry of one organisation: whoever keeps the organisation, and coordinators (for their area). */
    public static final String ADD_ENTRY = "ADD_ENTRY";
    /** One organisation's maintenance page: whoever keeps it, coordinators and professionals. */
    public static final String VIEW_ORGANISATION = "VIEW_ORGANISATION";
    /** One organisation's locations: its staff, administrators and RESV staff of its region. */
    public static final String MAINTAIN_LOCATIONS = "MAINTAIN_LOCATIONS";
    /** One organisation's staff: administrators and RESV staff of its region. */
    public static final String MANAGE_STAFF = "MANAGE_STAFF";
    /** The organisation register (list, register, read): administrators and RESV staff. */
    public static final String ADMINISTER_ORGANISATIONS = "ADMINISTER_ORGANISATIONS";
    /** One organisation's register details to change: administrators and RESV staff of its region. */
    public static final String CHANGE_ORGANISATION = "CHANGE_ORGANISATION";
    /** Import and export of the sociale kaart (R236): administrators and RESV staff (their regions' part). */
    public static final String EXCHANGE_DIRECTORY = "EXCHANGE_DIRECTORY";
    /** The public directory (R245–R247): everyone, signed in or not; it shows public, active entries only. */
    public static final String PUBLIC_DIRECTORY = "PUBLIC_DIRECTORY";

    private DirectoryPolicyNames() {
    }
}
