package nl.hecht.shared.events;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry small and visible: deletes completed publications (in the archive) older
 * than {@code hecht.events.keep-completed}, and logs a warning per listener and status for publications that are
 * still incomplete after {@code hecht.events.report-incomplete-after} (a listener failed, or the node stopped while it
 * ran; they are resubmitted at the next start). The report counts rows of {@code event_publication} (the table
 * Hecht's migration creates) and never reads the serialised event: the log names the listener, the status, the
 * count, the oldest publication date and the number of resubmissions, never the content of an event.
 */
@Component
public class EventPublicationHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationHousekeeping.class);

    private static final String INCOMPLETE = """
            select listener_id, coalesce(status, 'UNKNOWN'), count(*), min(publication_date), max(completion_attempts)
              from event_publication
             where completion_date is null and publication_date < ?
             group by listener_id, coalesce(status, 'UNKNOWN')
             order by listener_id, coalesce(status, 'UNKNOWN')
            """;

    private final CompletedEventPublications completed;
    private final JdbcTemplate jdbc;
    private final EventsProperties properties;
    private final Clock clock;

    EventPublicationHousekeeping(CompletedEventPublications completed, JdbcTemplate jdbc,
            EventsProperties properties, Clock clock) {
        this.completed = completed;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Incomplete publications of one listener in one status, older than the reporting age. */
    public record Incomplete(String listener, String status, long count, Instant oldest, int resubmissions) {
    }

    @Scheduled(cron = "${hecht.events.housekeeping-cron:0 17 * * * *}", zone = "Europe/Amsterdam")
    public void run() {
        deleteCompleted();
        reportIncomplete();
    }

    /** Deletes completed publications older than {@code hecht.events.keep-completed} (by their completion date). */
    public void deleteCompleted() {
        completed.deletePublicationsOlderThan(properties.keepCompleted());
    }

    /** Logs and returns the publications incomplete for longer than {@code hecht.events.report-incomplete-after}. */
    public List<Incomplete> reportIncomplete() {
        Instant before = clock.instant().minus(properties.reportIncompleteAfter());
        List<Incomplete> incomplete = jdbc.query(INCOMPLETE, (row, number) -> new Incomplete(row.getString(1),
                row.getString(2), row.getLong(3), row.getObject(4, OffsetDateTime.class).toInstant(), row.getInt(5)),
                OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
        for (Incomplete group : incomplete) {
            log.warn("{} event publication(s) with status {} incomplete for more than {} for listener {} (oldest "
                    + "published {}, at most {} resubmission(s)); they are resubmitted at the next start",
                    group.count(), group.status(), properties.reportIncompleteAfter(), group.listener(),
                    group.oldest(), group.resubmissions());
        }
        return incomplete;
    }
}
