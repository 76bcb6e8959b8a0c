package nl.hecht.shared.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a module's job records, each change in its own transaction: apart from the job's work (which may still roll
 * back), so that the progress poll sees it at once.
 *
 * @param <J> the module's job entity
 */
public final class JobRecords<J extends BackgroundJob> {

    private final CrudRepository<J, UUID> repository;
    private final TransactionTemplate separately;
    private final Clock clock;

    public JobRecords(CrudRepository<J, UUID> repository, PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Stores a new job, made for the current time. */
    public J open(Function<Instant, J> queued) {
        return separately.execute(status -> repository.save(queued.apply(clock.instant())));
    }

    /** Changes a job, if it is still there, with the current time. */
    public void update(UUID id, BiConsumer<J, Instant> change) {
        separately.executeWithoutResult(
                status -> repository.findById(id).ifPresent(job -> change.accept(job, clock.instant())));
    }

    /** Reads a job that exists, as of the current time. */
    public <T> T read(UUID id, BiFunction<J, Instant, T> view) {
        return separately.execute(status -> view.apply(repository.findById(id).orElseThrow(), clock.instant()));
    }

    /** Where the job with this id reports its progress, written at most once per interval. */
    public JobProgress progress(UUID id, Duration interval) {
        return new JobProgress(interval,
                (phase, done, total) -> update(id, (job, now) -> job.progress(phase, done, total, now)));
    }
}
