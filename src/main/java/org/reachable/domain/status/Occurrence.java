package org.reachable.domain.status;

import java.time.Instant;
import org.reachable.domain.model.ScheduleEntry;

/** One concrete occurrence of a schedule entry: [start, end) in absolute time. */
public record Occurrence(ScheduleEntry entry, Instant start, Instant end) {

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
