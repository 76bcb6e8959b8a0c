package nl.hecht.network.internal.region;

/** A person's place in the region's staff (seed 003: gebiedsmanagers reporting to a project lead). */
public enum StaffRole {
    STAFF, AREA_MANAGER, PROJECT_LEAD
}
