package nl.hecht.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

import nl.hecht.network.MemberId;
import nl.hecht.network.MemberJoined;
import nl.hecht.network.MemberLeft;
import nl.hecht.network.NetworkFormed;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkStatusChanged;
import nl.hecht.network.RegionId;
import nl.hecht.network.ServiceAreaChanged;

/**
 * The event publication registry makes events durable, with the real registry (JPA, archive mode, the settings of
 * {@code application.properties}) on the real database: Hecht's Flyway migrations on H2 (a database of this test's
 * own, so no other test context's publications take part), or on PostgreSQL with {@code -Ppostgres}.
 * <p>
 * A listener that fails once leaves its publication incomplete; after a restart (a second application context on the
 * same database, with {@code spring.modulith.events.republish-outstanding-events-on-restart} as configured) the event
 * is delivered again, the publication completed and moved to the archive, and the housekeeping deletes it once it is
 * older than {@code hecht.events.keep-completed}. Each network event survives the registry's serialisation.
 * <p>
 * The application here is Spring Boot's auto-configuration with the registry, Flyway, JPA and
 * {@link EventPublicationHousekeeping}, plus a test listener; Hecht's own modules are not started (their events are
 * plain records).
 */
@ExtendWith(OutputCaptureExtension.class)
class DurableEventsIntegrationTests {

    private static final String OWN_H2 = "jdbc:h2:mem:hecht-durable-events;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /** A test-only event; its text stands for content that must never reach the log. */
    public record Probe(UUID id, String content) {
    }

    @BeforeEach
    void reset() {
        FlakyListener.reset();
        TestClock.OFFSET.set(Duration.ZERO);
    }

    @AfterEach
    void resetAgain() {
        reset();
    }

    @Test
    void aFailedListenersEventIsDeliveredAfterARestartAndItsPublicationCompleted(CapturedOutput output) {
        Probe probe = new Probe(UUID.randomUUID(), "inhoud-die-niet-in-het-log-mag-" + UUID.randomUUID());
        FlakyListener.failFirst(1);

        try (ConfigurableApplicationContext first = start()) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            first.getBean(TransactionTemplate.class).executeWithoutResult(status -> first.publishEvent(probe));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(publications(jdbc, probe))
                    .as("the publication of the failed listener").singleElement()
                    .satisfies(row -> {
                        assertThat(row.get("status")).isEqualTo("FAILED");
                        assertThat(row.get("completion_date")).isNull();
                    }));
            assertThat(FlakyListener.attempts(probe)).isEqualTo(1);
            assertThat(FlakyListener.PROBES).isEmpty();

            List<EventPublicationHousekeeping.Incomplete> report =
                    first.getBean(EventPublicationHousekeeping.class).reportIncomplete();
            assertThat(report).filteredOn(group -> group.listener().contains(FlakyListener.class.getSimpleName()))
                    .singleElement().satisfies(group -> {
                        assertThat(group.status()).isEqualTo("FAILED");
                        assertThat(group.count()).isEqualTo(1);
                    });
            assertThat(output.getAll()).contains("incomplete for more than")
                    .doesNotContain(probe.content()).doesNotContain(probe.id().toString());
        }

        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(FlakyListener.PROBES).containsExactly(probe);
                assertThat(publications(jdbc, probe)).as("no incomplete publication left").isEmpty();
                assertThat(archived(jdbc, probe)).singleElement().satisfies(row -> {
                    assertThat(row.get("status")).isEqualTo("COMPLETED");
                    assertThat(row.get("completion_date")).isNotNull();
                });
            });
            assertThat(FlakyListener.attempts(probe)).isEqualTo(2);

            EventPublicationHousekeeping housekeeping = second.getBean(EventPublicationHousekeeping.class);
            housekeeping.deleteCompleted();
            assertThat(archived(jdbc, probe)).as("kept for hecht.events.keep-completed").hasSize(1);
            TestClock.OFFSET.set(Duration.ofDays(7).plusHours(1));
            housekeeping.deleteCompleted();
            assertThat(archived(jdbc, probe)).as("older than hecht.events.keep-completed").isEmpty();
        }
    }

    /** The events of the network module, with every field set. */
    static List<Object> networkEvents() {
        NetworkId network = NetworkId.random();
        return List.of(
                new NetworkFormed(network, RegionId.random(), NetworkKind.THEMATIC),
                new NetworkStatusChanged(network, NetworkStatus.IN_FORMATION, NetworkStatus.ACTIVE,
                        LocalDate.of(2026, 12, 4)),
                new ServiceAreaChanged(network, 12, 3),
                new MemberJoined(network, MemberId.random(), "huisarts", LocalDate.of(2026, 3, 1)),
                new MemberLeft(network, MemberId.random(), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void everyNetworkEventSurvivesTheRegistrysSerialisation() {
        List<Object> events = networkEvents();
        FlakyListener.failFirst(events.size());

        try (ConfigurableApplicationContext context = start()) {
            EventSerializer serializer = context.getBean(EventSerializer.class);
            for (Object event : events) {
                Object serialized = serializer.serialize(event);
                assertThat(serialized).isInstanceOf(String.class);
                assertThat(serializer.deserialize(serialized, event.getClass())).as(event.getClass().getSimpleName())
                        .isEqualTo(event);
            }

            // and through the registry's table: each listener fails once, the resubmission reads the stored events
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            context.getBean(TransactionTemplate.class)
                    .executeWithoutResult(status -> events.forEach(context::publishEvent));
            await().atMost(Duration.ofSeconds(30)).until(() -> FlakyListener.FAILED.size() == events.size());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(events.stream()
                    .map(event -> statusOf(jdbc, event.getClass()))).as(jdbc.queryForList(
                            "select listener_id, event_type, status from event_publication").toString())
                    .containsOnly("FAILED"));
            assertThat(FlakyListener.NETWORK_EVENTS).isEmpty();

            Set<Class<?>> types = Set.copyOf(events.stream().map(Object::getClass).toList());
            context.getBean(IncompleteEventPublications.class)
                    .resubmitIncompletePublications(publication -> types.contains(publication.getEvent().getClass()));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(FlakyListener.NETWORK_EVENTS)
                    .containsExactlyInAnyOrderElementsOf(events));
        }
    }

    private static String statusOf(JdbcTemplate jdbc, Class<?> type) {
        List<String> statuses = jdbc.queryForList(
                "select status from event_publication where event_type = ? and listener_id like ?", String.class,
                type.getName(), "%" + FlakyListener.class.getSimpleName() + "%");
        return statuses.size() == 1 ? statuses.get(0) : null;
    }

    private static List<Map<String, Object>> publications(JdbcTemplate jdbc, Probe probe) {
        return rows(jdbc, "event_publication", probe);
    }

    private static List<Map<String, Object>> archived(JdbcTemplate jdbc, Probe probe) {
        return rows(jdbc, "event_publication_archive", probe);
    }

    private static List<Map<String, Object>> rows(JdbcTemplate jdbc, String table, Probe probe) {
        return jdbc.queryForList("select status, completion_date, serialized_event from " + table
                + " where event_type = ?", Probe.class.getName()).stream()
                .filter(row -> String.valueOf(row.get("serialized_event")).contains(probe.id().toString()))
                .toList();
    }

    /**
     * A start of the application on the same database: with the profiles of the test run (surefire's
     * {@code spring.profiles.active}); on H2 a database of this test's own, which lives as long as the JVM.
     */
    private static ConfigurableApplicationContext start() {
        List<String> arguments = new ArrayList<>(List.of("--hecht.events.report-incomplete-after=0s"));
        if (!System.getProperty("spring.profiles.active", "").contains("postgres")) {
            arguments.add("--spring.datasource.url=" + OWN_H2);
        }
        return new SpringApplicationBuilder(EventsApplication.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off").run(arguments.toArray(String[]::new));
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({ EventsConfiguration.class, EventPublicationHousekeeping.class, FlakyListener.class })
    static class EventsApplication {

        @Bean
        Clock clock() {
            return new TestClock();
        }
    }

    /** The system clock, moved by {@link #OFFSET} (the registry dates completions by the application's clock). */
    static final class TestClock extends Clock {

        static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

        @Override
        public Instant instant() {
            return Instant.now().plus(OFFSET.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), OFFSET.get());
        }
    }

    /** Reacts like a module's listener; fails the first attempts for as many events as asked, then delivers. */
    public static class FlakyListener {

        static final Queue<Probe> PROBES = new ConcurrentLinkedQueue<>();
        static final Queue<Object> NETWORK_EVENTS = new ConcurrentLinkedQueue<>();
        static final Set<Object> FAILED = ConcurrentHashMap.newKeySet();
        static final Map<Object, Integer> ATTEMPTS = new ConcurrentHashMap<>();
        private static volatile int failuresLeft;

        static void reset() {
            PROBES.clear();
            NETWORK_EVENTS.clear();
            FAILED.clear();
            ATTEMPTS.clear();
            failuresLeft = 0;
        }

        static void failFirst(int failures) {
            failuresLeft = failures;
        }

        static int attempts(Object event) {
            return ATTEMPTS.getOrDefault(event, 0);
        }

        private static synchronized boolean fails(Object event) {
            ATTEMPTS.merge(event, 1, Integer::sum);
            if (failuresLeft > 0 && FAILED.add(event)) {
                failuresLeft--;
                return true;
            }
            return false;
        }

        private static void deliver(Object event, Queue<? super Object> to) {
            if (fails(event)) {
                throw new IllegalStateException("the listener fails once (test)");
            }
            to.add(event);
        }

        @ApplicationModuleListener
        public void on(Probe probe) {
            if (fails(probe)) {
                throw new IllegalStateException("the listener fails once (test)");
            }
            PROBES.add(probe);
        }

        @ApplicationModuleListener
        public void on(NetworkFormed event) {
            deliver(event, NETWORK_EVENTS);
        }

        @ApplicationModuleListener
        public void on(NetworkStatusChanged event) {
            deliver(event, NETWORK_EVENTS);
        }

        @ApplicationModuleListener
        public void on(ServiceAreaChanged event) {
            deliver(event, NETWORK_EVENTS);
        }

        @ApplicationModuleListener
        public void on(MemberJoined event) {
            deliver(event, NETWORK_EVENTS);
        }

        @ApplicationModuleListener
        public void on(MemberLeft event) {
            deliver(event, NETWORK_EVENTS);
        }
    }
}
