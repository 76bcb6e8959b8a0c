package nl.hecht.directory.internal.exchange;

import nl.hecht.shared.jobs.ImportPhase;

/** The steps of a sociale kaart import, each with its share of the progress bar. */
public enum DirectoryImportPhase implements ImportPhase {
    QUEUED(0, 0), READING(0, 30), CHECKING(30, 50), WRITING(50, 98), DONE(100, 100);

    private final int from;
    private final int to;

    DirectoryImportPhase(int from, int to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public int percent(long done, long total) {
        return ImportPhase.percent(from, to, done, total);
    }
}
