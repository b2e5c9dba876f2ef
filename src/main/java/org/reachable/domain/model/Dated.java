package org.reachable.domain.model;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * Once, from a wall-clock start to a wall-clock end; at most a day long. The times are in the home
 * zone, or, for an entry that came from elsewhere with a zone of its own (an imported meeting in
 * London time), in {@code zone}: that entry keeps its zone and its instants, also when the home
 * zone changes (DESIGN.md, Time).
 *
 * @param zone the entry's own zone; null for the home zone (every entry made in the app)
 */
public record Dated(LocalDateTime start, LocalDateTime end, ZoneId zone) implements Recurrence {

    public Dated {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.RANGE_BACKWARDS, start, end));
        }
        if (Duration.between(start, end).compareTo(Duration.ofDays(1)) > 0) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.RANGE_TOO_LONG, start, end));
        }
    }

    /** In the home zone. */
    public Dated(LocalDateTime start, LocalDateTime end) {
        this(start, end, null);
    }

    /** The zone its times are read in: its own, else {@code home}. */
    public ZoneId zoneOr(ZoneId home) {
        return zone == null ? home : zone;
    }

    /**
     * The same instants as wall-clock times in {@code home}, without a zone of its own: what a
     * screen in the home zone shows, and what an edit in the app keeps.
     */
    public Dated at(ZoneId home) {
        if (zone == null) {
            return this;
        }
        return new Dated(ZonedDateTime.of(start, zone).withZoneSameInstant(home).toLocalDateTime(),
                ZonedDateTime.of(end, zone).withZoneSameInstant(home).toLocalDateTime());
    }
}
