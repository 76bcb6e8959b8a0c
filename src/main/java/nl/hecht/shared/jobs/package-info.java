/**
 * Jobs that run in the background with a progress page: their record ({@link nl.hecht.shared.jobs.BackgroundJob}),
 * the thread that runs them ({@link nl.hecht.shared.jobs.JobRunner}), and the writes of their progress in their own
 * transactions ({@link nl.hecht.shared.jobs.JobRecords}). The web part is the fragment
 * {@code fragments/job-progress}.
 * <p>
 * For imports: the phases a module declares ({@link nl.hecht.shared.jobs.ImportPhase}), their progress
 * ({@link nl.hecht.shared.jobs.ImportProgress}), the problems of a file ({@link nl.hecht.shared.jobs.ImportProblem}),
 * and the command line ({@link nl.hecht.shared.jobs.ImportCommandLine}) that runs each module's
 * {@link nl.hecht.shared.jobs.ImportCommand} and opens no HTTP port
 * ({@link nl.hecht.shared.jobs.ImportCommandLineEnvironment}).
 */
package nl.hecht.shared.jobs;
