package nl.hecht.network.internal.view;


/** A member with the names of their discipline and organisation, for pages. */
public record MemberView(MemberCard member, String disciplineName, String organisationName) {
}
