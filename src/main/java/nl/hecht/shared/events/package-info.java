/**
 * Durable domain events: Spring Modulith's event publication registry keeps, in the application's own database
 * (tables {@code event_publication} and {@code event_publication_archive}, created by Flyway), one row per event and
 * {@code @ApplicationModuleListener}, written in the transaction that publishes the event. A reaction of another module
 * is therefore not lost when the listener fails or the node stops before it ran: the publication stays incomplete and
 * is resubmitted at the next start ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 * Completed publications move to the archive ({@code spring.modulith.events.completion-mode=archive});
 * {@link nl.hecht.shared.events.EventPublicationHousekeeping} deletes them after {@code hecht.events.keep-completed}
 * and reports incomplete ones, without their content.
 * <p>
 * Delivery is at least once: a listener must tolerate receiving the same event twice (README, "Running several
 * nodes").
 */
package nl.hecht.shared.events;
