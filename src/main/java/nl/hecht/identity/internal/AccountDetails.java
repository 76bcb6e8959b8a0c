package nl.hecht.identity.internal;

/** What describes a person, apart from their login: name, e-mail, organisation and discipline (for professionals). */
public record AccountDetails(String displayName, String email, String organisation, String discipline) {
}
