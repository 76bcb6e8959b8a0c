package nl.hecht.shared.jobs;

import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs a module's jobs one at a time on a background thread of its own, with a few waiting in line; a job that finds
 * the line full is refused. Closing it stops the thread (at shutdown).
 */
public final class JobRunner implements AutoCloseable {

    private static final int WAITING = 8;

    private final ThreadPoolExecutor executor;

    /** A runner whose thread has the given name (it shows in thread dumps and logs). */
    public JobRunner(String threadName) {
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING),
                task -> {
                    Thread thread = new Thread(task, threadName);
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Puts a job in line.
     *
     * @throws RejectedExecutionException when the line is full
     */
    public <T> Future<T> submit(Callable<T> job) {
        return executor.submit(job);
    }

    /** Waits for a job's result (command line, demo mode, tests); its failure becomes an IllegalStateException. */
    public static <T> T await(UUID id, Future<T> running) {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for job " + id, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("job " + id + " failed", e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
