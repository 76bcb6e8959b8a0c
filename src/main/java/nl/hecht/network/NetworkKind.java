package nl.hecht.network;

/** A core network (the hecht wijkverband, one per wijk) or a thematic network that may overlap it (R134–R142). */
public enum NetworkKind {
    CORE, THEMATIC
}
