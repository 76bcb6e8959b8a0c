package nl.hecht.network;

/** Whose population a network serves: a set of CBS neighbourhoods, or the patients of GP practices (R136). */
public enum AreaBasis {
    NEIGHBOURHOODS, PRACTICES
}
