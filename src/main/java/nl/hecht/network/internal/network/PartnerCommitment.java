package nl.hecht.network.internal.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import nl.hecht.shared.DomainException;

/**
 * What one partner (an organisation or discipline) commits to the network (R031: the core partners' commitment and
 * their responsibility for the goals; seed 001 B: "het commitment van de deelnemers"), with the hours per month it
 * gives, when agreed (R162).
 */
@Embeddable
public record PartnerCommitment(@Column(name = "partner", nullable = false, length = PARTNER) String partner,
        @Column(name = "commitment", nullable = false, length = Charter.NOTE) String commitment,
        @Column(name = "hours_per_month") Integer hoursPerMonth) {

    public static final int PARTNER = 200;
    /** More hours than a full-time month is a typing error. */
    public static final int MAX_HOURS = 160;

    public PartnerCommitment {
        partner = Texts.blankToNull(partner);
        commitment = Texts.blankToNull(commitment);
        if (partner == null || partner.length() > PARTNER) {
            throw new DomainException("charter.error.commitment-partner");
        }
        if (commitment == null || commitment.length() > Charter.NOTE) {
            throw new DomainException("charter.error.commitment-text");
        }
        if (hoursPerMonth != null && (hoursPerMonth < 0 || hoursPerMonth > MAX_HOURS)) {
            throw new DomainException("charter.error.commitment-hours", MAX_HOURS);
        }
    }
}
