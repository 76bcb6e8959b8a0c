package nl.hecht.network.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The region's size advice for core networks (R014), as typed. */
record SizeAdviceForm(@NotNull @Min(0) @Max(1_000_000) Integer minInhabitants,
        @NotNull @Min(0) @Max(1_000_000) Integer maxInhabitants) {
}
