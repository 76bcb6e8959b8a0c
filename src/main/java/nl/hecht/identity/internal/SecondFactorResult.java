package nl.hecht.identity.internal;

/** The outcome of checking a second-factor code at login. */
public enum SecondFactorResult {
    OK, WRONG_CODE, LOCKED, DISABLED
}
