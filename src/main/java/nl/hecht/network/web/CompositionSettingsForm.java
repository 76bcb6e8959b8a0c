package nl.hecht.network.web;

import java.util.Set;

import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The social domain's place in the network as typed: seated, or linked with a description of how (seed 003), and
 * which social-domain functions count for its seat (R010, R011; none chosen means all count).
 */
record CompositionSettingsForm(Boolean socialDomainLinked,
        @Size(max = 500, message = "{composition.error.link-too-long}") String howLinked,
        Set<String> countedSocialFunctions) {

    CompositionSettingsForm {
        socialDomainLinked = Boolean.TRUE.equals(socialDomainLinked);
        countedSocialFunctions = countedSocialFunctions == null ? Set.of() : Set.copyOf(countedSocialFunctions);
    }

    @Override
    public Boolean socialDomainLinked() {
        return Boolean.TRUE.equals(socialDomainLinked);
    }

    void check(Errors errors) {
        if (socialDomainLinked() && FormErrors.blankToNull(howLinked) == null) {
            errors.rejectValue("howLinked", "network.error.social-link-description");
        }
    }
}
