package nl.hecht.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.hecht.network.AreaBasis;
import nl.hecht.network.CoordinatorLabel;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkLabel;
import nl.hecht.network.NetworkTheme;
import nl.hecht.network.internal.network.NetworkProfile;

/**
 * A network's profile as typed: name, self-label (R129), coordinator label (R088), kind, and for a thematic network
 * its theme with, for youth, the age range (R139). The area basis is chosen only when the network is created. Ages are
 * kept as typed (text), so a wrong entry comes back to the form as it was.
 */
record NetworkProfileForm(
        @NotBlank(message = "{network.error.name}") @Size(max = 200, message = "{network.error.name}") String name,
        @NotNull(message = "{network.error.label}") NetworkLabel label,
        @NotNull(message = "{network.error.coordinator-label}") CoordinatorLabel coordinatorLabel,
        @NotNull(message = "{network.error.kind}") NetworkKind kind,
        NetworkTheme theme,
        @Size(max = 200, message = "{network.error.theme-description}") String themeDescription,
        @Pattern(regexp = "\\s*\\d{0,2}\\s*", message = "{network.error.age}") String ageFrom,
        @Pattern(regexp = "\\s*\\d{0,2}\\s*", message = "{network.error.age}") String ageTo,
        AreaBasis areaBasis) {

    static NetworkProfileForm empty() {
        return new NetworkProfileForm(null, NetworkLabel.HECHT_WIJKVERBAND, CoordinatorLabel.COORDINATOR,
                NetworkKind.CORE, null, null, null, null, AreaBasis.NEIGHBOURHOODS);
    }

    static NetworkProfileForm of(NetworkProfile profile) {
        return new NetworkProfileForm(profile.name(), profile.label(), profile.coordinatorLabel(), profile.kind(),
                profile.theme(), profile.themeDescription(), text(profile.ageFrom()), text(profile.ageTo()), null);
    }

    /** The checks across fields, at the field the person has to change. */
    void check(Errors errors) {
        if (kind == NetworkKind.THEMATIC && theme == null) {
            errors.rejectValue("theme", "network.error.theme-required");
        }
        if (kind == NetworkKind.THEMATIC && theme == NetworkTheme.YOUTH && !errors.hasFieldErrors("ageFrom")
                && !errors.hasFieldErrors("ageTo")) {
            Integer from = FormErrors.number(ageFrom);
            Integer to = FormErrors.number(ageTo);
            if (from == null || to == null || to > 27 || from >= to) {
                errors.rejectValue("ageFrom", "network.error.age-range");
            }
        }
    }

    /** The profile; for a thematic network that is not about youth the ages are ignored. */
    NetworkProfile toProfile() {
        boolean youth = kind == NetworkKind.THEMATIC && theme == NetworkTheme.YOUTH;
        return new NetworkProfile(name, label, coordinatorLabel, kind, theme, themeDescription,
                youth ? FormErrors.number(ageFrom) : null, youth ? FormErrors.number(ageTo) : null);
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }
}
