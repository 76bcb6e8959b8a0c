package nl.hecht.network.internal.network;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import nl.hecht.network.CoreSeat;
import nl.hecht.network.internal.discipline.DisciplineCatalogue;
import nl.hecht.shared.DomainException;

/**
 * How a network's composition is judged: why it deviates from the size advice (R015), whether the social domain is
 * linked rather than seated (seed 003), which social-domain functions count (R010, R011) and why expected seats do
 * not take part (R168). Part of the {@link Network} aggregate.
 */
@Embeddable
class CompositionSettings {

    /** The longest name of a social-domain function of the network's own. */
    static final int OWN_FUNCTION_LENGTH = 100;
    /** The most functions of its own a network names. */
    static final int OWN_FUNCTIONS_MAX = 20;

    @Column(name = "size_justification", length = 2000)
    private String sizeJustification;

    @Column(name = "social_domain_linked", nullable = false)
    private boolean socialDomainLinked;

    @Column(name = "social_domain_link", length = 500)
    private String socialDomainLink;

    @ElementCollection
    @CollectionTable(name = "network_social_function", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "discipline_code", length = 40)
    private Set<String> countedSocialFunctions = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "network_own_social_function", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "name", length = OWN_FUNCTION_LENGTH)
    private Set<String> ownSocialFunctions = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "network_non_participation", joinColumns = @JoinColumn(name = "network_id"))
    @MapKeyColumn(name = "expectation", length = 60)
    @Column(name = "reason", length = 1000)
    private Map<String, String> nonParticipation = new HashMap<>();

    /** No justification, social domain not linked, all functions count, no reasons recorded. */
    CompositionSettings() {
    }

    /** Records why the network deviates from the region's size advice (R015); blank clears it. */
    void justifySize(String justification) {
        String text = Texts.blankToNull(justification);
        if (text != null && text.length() > 2000) {
            throw new DomainException("network.error.too-long");
        }
        this.sizeJustification = text;
    }

    /** Seed 003: the social domain may be linked to the network rather than seated in it. */
    void linkSocialDomain(boolean linked, String howLinked) {
        String text = Texts.blankToNull(howLinked);
        if (linked && text == null) {
            throw new DomainException("network.error.social-link-description");
        }
        this.socialDomainLinked = linked;
        this.socialDomainLink = linked ? text : null;
    }

    /** Which social-domain functions count for the social-domain seat (R010, R011); empty means all. */
    void countSocialFunctions(Collection<String> disciplineCodes, DisciplineCatalogue catalogue) {
        Set<String> socialDomain = catalogue.codesFor(CoreSeat.SOCIAL_DOMAIN);
        if (!socialDomain.containsAll(disciplineCodes)) {
            throw new DomainException("network.error.not-social-function");
        }
        countedSocialFunctions.clear();
        countedSocialFunctions.addAll(disciplineCodes);
    }

    /**
     * Names the network's own social-domain functions, beside the list (seed 000: each municipality organises its
     * social domain differently): blank names are dropped, the same name twice (ignoring case) kept once. A member
     * given one of these functions counts for the social-domain seat.
     */
    void nameOwnSocialFunctions(Collection<String> names) {
        java.util.Map<String, String> byLowerCase = new java.util.LinkedHashMap<>();
        for (String name : names == null ? java.util.List.<String>of() : names) {
            String text = Texts.blankToNull(name);
            if (text == null) {
                continue;
            }
            if (text.length() > OWN_FUNCTION_LENGTH) {
                throw new DomainException("network.error.own-function-too-long");
            }
            byLowerCase.putIfAbsent(text.toLowerCase(java.util.Locale.ROOT), text);
        }
        if (byLowerCase.size() > OWN_FUNCTIONS_MAX) {
            throw new DomainException("network.error.own-functions-too-many");
        }
        ownSocialFunctions.clear();
        ownSocialFunctions.addAll(byLowerCase.values());
    }

    /** Records why an expected seat or discipline does not take part (R168); a blank reason removes it. */
    void recordNonParticipation(String expectationKey, String reason) {
        if (expectationKey == null || expectationKey.isBlank() || expectationKey.length() > 60) {
            throw new DomainException("network.error.expectation");
        }
        String text = Texts.blankToNull(reason);
        if (text == null) {
            nonParticipation.remove(expectationKey);
        } else if (text.length() > 1000) {
            throw new DomainException("network.error.too-long");
        } else {
            nonParticipation.put(expectationKey, text);
        }
    }

    Optional<String> sizeJustification() {
        return Optional.ofNullable(sizeJustification);
    }

    boolean socialDomainLinked() {
        return socialDomainLinked;
    }

    String socialDomainLink() {
        return socialDomainLink;
    }

    Set<String> countedSocialFunctions() {
        return Set.copyOf(countedSocialFunctions);
    }

    Set<String> ownSocialFunctions() {
        return Set.copyOf(ownSocialFunctions);
    }

    Map<String, String> nonParticipation() {
        return Map.copyOf(nonParticipation);
    }
}
