package nl.hecht.network.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import nl.hecht.network.internal.region.SizeAdvice;

/**
 * The region's size advice for core networks (R014), as typed; {@code warnTooLarge} is the region's explicit choice
 * to be warned about networks above the maximum (off unless ticked).
 */
record SizeAdviceForm(@NotNull @Min(0) @Max(1_000_000) Integer minInhabitants,
        @NotNull @Min(0) @Max(1_000_000) Integer maxInhabitants, Boolean warnTooLarge) {

    SizeAdvice sizeAdvice() {
        return new SizeAdvice(minInhabitants, maxInhabitants, Boolean.TRUE.equals(warnTooLarge));
    }
}
