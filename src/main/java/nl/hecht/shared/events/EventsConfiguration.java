package nl.hecht.shared.events;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Switches on the scheduler and the properties for {@link EventPublicationHousekeeping}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(EventsProperties.class)
class EventsConfiguration {
}
