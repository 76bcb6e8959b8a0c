package nl.hecht.network.internal.analysis;

/**
 * What kind of informal player a network adds to its analysis by hand (R210, R257): key figures who know many people
 * and can lay lines professionals miss, associations, residents' initiatives, the municipality and residents.
 */
public enum PlayerKind {
    KEY_FIGURE, RELIGIOUS_COMMUNITY, ASSOCIATION, RESIDENTS_INITIATIVE, COMMUNITY_CENTRE, MUNICIPALITY, RESIDENTS,
    OTHER
}
