package nl.hecht.network;

/** How the network organises itself (R074, R161): no legal structure, a collaboration agreement, a legal entity. */
public enum OrganisationalModel {
    NONE, AGREEMENT, LEGAL_ENTITY
}
