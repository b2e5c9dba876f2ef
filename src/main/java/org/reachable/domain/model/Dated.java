package org.reachable.domain.model;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/** Once, from a wall-clock start to a wall-clock end in the home zone; at most a day long. */
public record Dated(LocalDateTime start, LocalDateTime end) implements Recurrence {

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
}
