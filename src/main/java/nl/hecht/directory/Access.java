package nl.hecht.directory;

/** How someone gets to a service: on their own (self-referral) or with a referral (by whom is told separately). */
public enum Access {
    SELF_REFERRAL, REFERRAL
}
