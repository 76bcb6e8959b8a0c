package nl.hecht.shared.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The housekeeping of the event publication registry ({@link EventPublicationHousekeeping}).
 *
 * @param keepCompleted how long a completed publication stays in the archive before it is deleted
 * @param reportIncompleteAfter from what age an incomplete publication is reported in the log (a listener that failed,
 *        or one that has not finished yet)
 * <p>
 * When the housekeeping runs is {@code hecht.events.housekeeping-cron} (Europe/Amsterdam, default hourly at minute 17;
 * every node runs it, harmlessly).
 */
@ConfigurationProperties("hecht.events")
public record EventsProperties(
        @DefaultValue("7d") Duration keepCompleted,
        @DefaultValue("1h") Duration reportIncompleteAfter) {
}
