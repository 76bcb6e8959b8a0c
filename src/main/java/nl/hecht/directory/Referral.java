package nl.hecht.directory;

/**
 * How someone gets to a service: on their own (self-referral) or with a referral (by whom is told separately). The
 * constant names are what is stored and what CSV and HSDS files carry. Not to be confused with who may see or change an
 * entry (that is {@code EntryAccess}).
 */
public enum Referral {
    SELF_REFERRAL, REFERRAL
}
