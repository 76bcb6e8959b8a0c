package nl.hecht.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so tests can move time. Times are shown in {@link #ZONE}. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    /** The zone in which Hecht shows times; storage is always UTC. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
