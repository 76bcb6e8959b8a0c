package nl.hecht.network;

import java.time.LocalDate;

/** Someone became a member of a network, for a discipline. No personal data. */
public record MemberJoined(NetworkId network, MemberId member, String discipline, LocalDate from) {
}
