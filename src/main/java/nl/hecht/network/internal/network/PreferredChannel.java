package nl.hecht.network.internal.network;

/** How a member prefers to be contacted. */
public enum PreferredChannel {
    PHONE, EMAIL, SECURE_MESSAGE, IN_PERSON
}
