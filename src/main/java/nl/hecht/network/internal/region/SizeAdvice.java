package nl.hecht.network.internal.region;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import nl.hecht.shared.DomainException;

/**
 * The region's advice on the number of inhabitants a core network serves (R014): a warning outside it, never a
 * block (R005); a recorded justification accepts a deviation (R015). Seed 000 warns against too small areas only:
 * "larger than advised" is Hecht's own rule, so it warns only when the region switches it on ({@code warnTooLarge},
 * off by default).
 */
@Embeddable
public record SizeAdvice(@Column(name = "min_inhabitants", nullable = false) int minInhabitants,
        @Column(name = "max_inhabitants", nullable = false) int maxInhabitants,
        @Column(name = "warn_too_large", nullable = false) boolean warnTooLarge) {

    /** The guideline's default: at least 10,000 inhabitants (seed 000, footnote 4); 20,000 only if switched on. */
    public static final SizeAdvice DEFAULT = new SizeAdvice(10_000, 20_000, false);

    public SizeAdvice {
        if (minInhabitants < 0 || maxInhabitants < minInhabitants) {
            throw new DomainException("region.error.size-advice");
        }
    }

    /** An advice that warns only below the minimum (the default setting). */
    public SizeAdvice(int minInhabitants, int maxInhabitants) {
        this(minInhabitants, maxInhabitants, false);
    }

    public boolean tooSmall(long inhabitants) {
        return inhabitants < minInhabitants;
    }

    /** Only when the region asked for this warning. */
    public boolean tooLarge(long inhabitants) {
        return warnTooLarge && inhabitants > maxInhabitants;
    }
}
