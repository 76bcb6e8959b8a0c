package nl.hecht.shared.usecase;

/** What an {@link AccessPolicy} decides for one call. */
public enum Verdict {

    /** The caller may run the use case. */
    GRANTED,

    /** The caller may not know the record exists: the same 404 as for one that does not. */
    HIDDEN,

    /** The caller may see the record but not do this: 403. */
    DENIED;

    /** {@link #GRANTED} when the condition holds, else {@link #DENIED}. */
    public static Verdict grantedIf(boolean condition) {
        return condition ? GRANTED : DENIED;
    }

    /** {@link #GRANTED} when the condition holds, else {@link #HIDDEN}. */
    public static Verdict visibleIf(boolean condition) {
        return condition ? GRANTED : HIDDEN;
    }

    /** This verdict when it grants, else the other's: a policy that builds on another. */
    public Verdict and(java.util.function.Supplier<Verdict> then) {
        return this == GRANTED ? then.get() : this;
    }
}
