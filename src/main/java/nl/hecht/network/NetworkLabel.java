package nl.hecht.network;

/** What a network calls itself (R129). */
public enum NetworkLabel {
    HECHT_WIJKVERBAND, WIJKNETWERK, KERNTEAM
}
