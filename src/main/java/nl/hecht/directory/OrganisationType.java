package nl.hecht.directory;

/** What kind of organisation it is. Only GP practices carry a list size. */
public enum OrganisationType {
    GP_PRACTICE, PHARMACY, HOME_CARE, SOCIAL_TEAM, WELFARE, YOUTH_HEALTH, MIDWIFERY, MENTAL_HEALTH, ALLIED_HEALTH,
    ELDERLY_CARE, DISABILITY_CARE, SCHOOL, CHILDCARE, MUNICIPALITY, HEALTH_INSURER, POLICE, COMMUNITY, OTHER;

    public boolean hasListSize() {
        return this == GP_PRACTICE;
    }
}
