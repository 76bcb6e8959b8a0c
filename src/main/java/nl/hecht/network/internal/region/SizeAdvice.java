package nl.hecht.network.internal.region;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import nl.hecht.shared.DomainException;

/**
 * The region's advice on the number of inhabitants a core network serves (R014): a warning outside it, never a
 * block (R005); a recorded justification accepts a deviation (R015).
 */
@Embeddable
public record SizeAdvice(@Column(name = "min_inhabitants", nullable = false) int minInhabitants,
        @Column(name = "max_inhabitants", nullable = false) int maxInhabitants) {

    /** The guideline's default: 10,000 to 20,000 inhabitants (seed 000, footnote 4). */
    public static final SizeAdvice DEFAULT = new SizeAdvice(10_000, 20_000);

    public SizeAdvice {
        if (minInhabitants < 0 || maxInhabitants < minInhabitants) {
            throw new DomainException("region.error.size-advice");
        }
    }

    public boolean tooSmall(long inhabitants) {
        return inhabitants < minInhabitants;
    }

    public boolean tooLarge(long inhabitants) {
        return inhabitants > maxInhabitants;
    }
}
