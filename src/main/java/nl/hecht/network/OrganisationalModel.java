package nl.hecht.network;

import java.util.EnumSet;
import java.util.Set;

/**
 * How the network organises itself (R074, R161, R273): no legal structure, a collaboration agreement, a legal entity.
 * With the points seed 000 names for choosing the model: what a collaboration agreement means ({@link Checkpoint},
 * R077–R080) and when it is not the right instrument ({@link Trait}, R081).
 */
public enum OrganisationalModel {
    NONE, AGREEMENT, LEGAL_ENTITY;

    /**
     * What the network is or wants that makes a collaboration agreement (or no structure at all) less suited (R081):
     * acting under its own name, having rights and obligations of its own, joint activities with a financial risk.
     */
    public enum Trait {
        OWN_NAME, OWN_RIGHTS, FINANCIAL_RISK
    }

    /**
     * The points to settle when the partners work together (seed 000, "relevante kenmerken van een
     * samenwerkingsovereenkomst"): the network records per point what it decided.
     */
    public enum Checkpoint {
        /** Agreements preferably in writing (R079). */
        IN_WRITING(false),
        /** Exploitation by and in the name of the initiators; obligations rest with them (R079). */
        OBLIGATIONS(false),
        /** Staff stay employed by the initiators (R079). */
        STAFF(false),
        /** Each partner is liable towards third parties for its own acts (R079). */
        OWN_LIABILITY(true),
        /** Services to each other within the collaboration may be subject to VAT (R079). */
        VAT(true),
        /** Sharing capacity, waiting times or prices must not breach the cartel prohibition (R080). */
        CARTEL(true),
        /** How and when a partner can leave, and the notice period (R077). */
        TERMINATION(false),
        /** How binding the collaboration is, as the parties wish (R078). */
        COMMITMENT(true);

        private final boolean always;

        Checkpoint(boolean always) {
            this.always = always;
        }

        /**
         * Whether the point matters for this model: the cartel prohibition, VAT, own liability and the degree of
         * commitment matter for every collaboration (also when no model is chosen yet); the others are what a
         * collaboration agreement settles, so they matter when there is one.
         */
        public boolean appliesTo(OrganisationalModel model) {
            return always ? model != LEGAL_ENTITY || this == VAT || this == CARTEL : model == AGREEMENT;
        }
    }

    /** What the network decided about a point. */
    public enum Decision {
        /** Not talked about yet. */
        OPEN,
        /** Agreed (with how, in the note). */
        AGREED,
        /** Does not apply to this network (why, in the note). */
        NOT_APPLICABLE
    }

    /**
     * Whether this model is less suited for a network with these traits (R081): a collaboration agreement, and even
     * more so no structure at all, cannot carry an own name, own rights and obligations or a financial risk.
     */
    public boolean lessSuitedFor(Set<Trait> traits) {
        return this != LEGAL_ENTITY && traits != null && !traits.isEmpty();
    }

    /** The checkpoints that matter for this model, in their order; with no model chosen, {@code model} is null. */
    public static Set<Checkpoint> checkpointsFor(OrganisationalModel model) {
        Set<Checkpoint> result = EnumSet.noneOf(Checkpoint.class);
        for (Checkpoint checkpoint : Checkpoint.values()) {
            if (checkpoint.appliesTo(model)) {
                result.add(checkpoint);
            }
        }
        return result;
    }
}
