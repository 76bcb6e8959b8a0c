package nl.hecht.network.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.hecht.network.internal.region.SizeAdvice;
import nl.hecht.shared.MunicipalityCode;

/** A new region as typed by an admin: its name, the municipalities it covers and the size advice (R014). */
record RegionForm(@NotBlank(message = "{region.error.name}") @Size(max = 200, message = "{region.error.name}") String name,
        @NotEmpty(message = "{region.error.municipalities}") List<@Pattern(regexp = "GM\\d{4}",
                message = "{region.error.municipalities}") String> municipalities,
        @NotNull(message = "{region.error.size-advice}") @Min(value = 0, message = "{region.error.size-advice}")
        @Max(value = 1_000_000, message = "{region.error.size-advice}") Integer minInhabitants,
        @NotNull(message = "{region.error.size-advice}") @Min(value = 0, message = "{region.error.size-advice}")
        @Max(value = 1_000_000, message = "{region.error.size-advice}") Integer maxInhabitants, Boolean warnTooLarge) {

    static RegionForm empty() {
        return new RegionForm(null, List.of(), SizeAdvice.DEFAULT.minInhabitants(), SizeAdvice.DEFAULT.maxInhabitants(),
                SizeAdvice.DEFAULT.warnTooLarge());
    }

    List<MunicipalityCode> municipalityCodes() {
        return municipalities.stream().map(MunicipalityCode::new).toList();
    }

    SizeAdvice sizeAdvice() {
        return new SizeAdvice(minInhabitants, maxInhabitants, Boolean.TRUE.equals(warnTooLarge));
    }

    public boolean chose(String code) {
        return municipalities != null && municipalities.contains(code);
    }
}
