package nl.hecht.network.internal.view;

import nl.hecht.network.internal.network.Member;

/** A member with the names of their discipline and organisation, for pages. */
public record MemberView(Member member, String disciplineName, String organisationName) {
}
