package nl.hecht.network.internal.view;


/** A member with the names of their discipline and organisation, for pages. */
public record MemberView(MemberCard member, String disciplineName, String organisationName) {

    /** The view without the member's task package and mandate (R046, R048: for the members of the network). */
    MemberView withoutTasks() {
        return new MemberView(member.withoutTasks(), disciplineName, organisationName);
    }
}
