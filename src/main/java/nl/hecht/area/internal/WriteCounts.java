package nl.hecht.area.internal;

/** How the rows of one import compared with what was stored. */
record WriteCounts(int created, int updated, int unchanged) {
}
