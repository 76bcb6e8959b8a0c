package nl.hecht.network;

/** The four seats of the core composition ("basisopstelling", R006). */
public enum CoreSeat {
    GP, DISTRICT_NURSE, PHARMACIST, SOCIAL_DOMAIN
}
