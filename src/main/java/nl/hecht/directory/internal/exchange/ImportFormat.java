package nl.hecht.directory.internal.exchange;

/** The two file formats of the sociale kaart. */
public enum ImportFormat {
    CSV, JSON
}
