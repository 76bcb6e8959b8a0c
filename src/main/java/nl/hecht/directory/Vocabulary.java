package nl.hecht.directory;

/** The managed vocabularies of the sociale kaart's taxonomy. */
public enum Vocabulary {
    CATEGORY, TARGET_GROUP
}
