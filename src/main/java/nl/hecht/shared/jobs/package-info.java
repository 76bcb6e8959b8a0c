/**
 * Jobs that run in the background with a progress page: their record ({@link nl.hecht.shared.jobs.BackgroundJob}),
 * the thread that runs them ({@link nl.hecht.shared.jobs.JobRunner}), and the writes of their progress in their own
 * transactions ({@link nl.hecht.shared.jobs.JobRecords}). The web part is the fragment
 * {@code fragments/job-progress}.
 */
package nl.hecht.shared.jobs;
