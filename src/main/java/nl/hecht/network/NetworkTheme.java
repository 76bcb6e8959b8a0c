package nl.hecht.network;

/** The theme of a thematic network (seed 001: R134, R136, R139, R141). */
public enum NetworkTheme {
    /** Eerste 1000 dagen: midwife, JGZ, buurtteam, GP. */
    FIRST_1000_DAYS,
    /** Jeugd 0–18 or 4–18, with an age range. */
    YOUTH,
    /** Teams around education. */
    SCHOOL_TEAM,
    /** Ouderenteam, organised around GP practices. */
    ELDERLY_TEAM,
    /** Around mental health (GGZ, one of the IZA domains in seed 001); the seed names no fixed composition. */
    GGZ,
    OTHER
}
