package nl.hecht.area.internal;

import nl.hecht.shared.jobs.ImportPhase;

/** The steps of an area import, in order, with the share of the progress bar each one takes. */
public enum AreaImportPhase implements ImportPhase {
    QUEUED(0, 0), READING(0, 40), WRITING(40, 70), NEIGHBOURS(70, 100), DONE(100, 100);

    private final int from;
    private final int to;

    AreaImportPhase(int from, int to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public int percent(long done, long total) {
        return ImportPhase.percent(from, to, done, total);
    }
}
