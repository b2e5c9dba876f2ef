package org.reachable.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the instants and dates the CLI takes: an ISO instant with offset
 * ({@code 2026-11-23T10:00:00+01:00}, {@code …Z}), a local date-time in the home zone
 * ({@code 2026-11-23T10:00}), or a date, meaning midnight in the home zone.
 */
final class TimeArguments {

    private TimeArguments() {
    }

    static Instant parse(String text, ZoneId zone, String option, Messages messages) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.of(LocalDateTime.parse(t), zone).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(t).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserError(messages.get("error.time", option, text));
        }
    }
}
