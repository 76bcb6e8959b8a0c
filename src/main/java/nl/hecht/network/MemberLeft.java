package nl.hecht.network;

import java.time.LocalDate;

/** A membership ended (the member stays in the history). */
public record MemberLeft(NetworkId network, MemberId member, LocalDate until) {
}
