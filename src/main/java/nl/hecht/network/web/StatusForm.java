package nl.hecht.network.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import nl.hecht.network.NetworkStatus;

/** A status change (R020) as of a date; an empty date means today. */
record StatusForm(@NotNull(message = "{network.error.status-required}") NetworkStatus status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {
}
