package org.reachable.domain.model;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/** Once, from a wall-clock start to a wall-clock end in the home zone; at most a day long. */
public record Dated(LocalDateTime start, LocalDateTime end) implements Recurrence {

    public Dated {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new InvalidScheduleException("The range " + start + " to " + end
                    + " ends before it starts; give an end after the start");
        }
        if (Duration.between(start, end).compareTo(Duration.ofDays(1)) > 0) {
            throw new InvalidScheduleException("The range " + start + " to " + end
                    + " is longer than a day; use a day off for longer absences");
        }
    }
}
