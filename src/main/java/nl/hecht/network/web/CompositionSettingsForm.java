package nl.hecht.network.web;

import java.util.Set;

import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The social domain's place in the network as typed: seated, or linked with a description of how (seed 003), and
 * which social-domain functions count for its seat (R010, R011; none chosen means all count), and the functions the
 * network names of its own, one a line (seed 000).
 */
record CompositionSettingsForm(Boolean socialDomainLinked,
        @Size(max = 500, message = "{composition.error.link-too-long}") String howLinked,
        Set<String> countedSocialFunctions,
        @Size(max = 2500, message = "{network.error.own-function-too-long}") String ownSocialFunctions) {

    CompositionSettingsForm {
        socialDomainLinked = Boolean.TRUE.equals(socialDomainLinked);
        countedSocialFunctions = countedSocialFunctions == null ? Set.of() : Set.copyOf(countedSocialFunctions);
    }

    @Override
    public Boolean socialDomainLinked() {
        return Boolean.TRUE.equals(socialDomainLinked);
    }

    /** The network's own functions as typed, one a line. */
    java.util.List<String> ownFunctionNames() {
        return ownSocialFunctions == null ? java.util.List.of()
                : java.util.Arrays.stream(ownSocialFunctions.split("\\R")).map(String::strip)
                        .filter(line -> !line.isEmpty()).toList();
    }

    static String lines(java.util.Collection<String> names) {
        return String.join("\n", names);
    }

    void check(Errors errors) {
        if (socialDomainLinked() && FormErrors.blankToNull(howLinked) == null) {
            errors.rejectValue("howLinked", "network.error.social-link-description");
        }
    }
}
