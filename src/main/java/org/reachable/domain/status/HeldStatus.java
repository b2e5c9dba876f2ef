package org.reachable.domain.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A status with the span it holds for ({@link StatusResolver#holdsUntil}), and what printing it
 * needs besides: the zone its times are read in and, on a day off, the first day a client can reach
 * the user again. What {@code reachable status} keeps, to answer again without reading the files
 * while they stay as they were.
 *
 * @param status the status at the start of the span, {@code status.at()}
 * @param holdsUntil the end of the span (exclusive)
 * @param dayBack present exactly when the status has a day off
 */
public record HeldStatus(Status status, ZoneId zone, Optional<LocalDate> dayBack, Instant holdsUntil) {

    public HeldStatus {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(holdsUntil, "holdsUntil");
        if (dayBack.isPresent() != status.dayOff().isPresent()) {
            throw new IllegalArgumentException("a day back goes with a day off");
        }
    }

    /** The status at {@code now}; empty when now lies outside the span (before it: the clock was set back). */
    public Optional<Status> at(Instant now) {
        return now.isBefore(status.at()) || !now.isBefore(holdsUntil) ? Optional.empty()
                : Optional.of(status.heldAt(now));
    }
}
