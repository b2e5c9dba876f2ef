package org.reachable.domain.model;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * A wall-clock range within a day. An end before the start crosses midnight (22:00–02:00 ends
 * on the next day); an end equal to the start would be empty or a whole day, and is refused.
 */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.TIME_RANGE_EMPTY, start, end));
        }
    }

    public static TimeRange of(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }

    public boolean crossesMidnight() {
        return end.isBefore(start);
    }

    /** The length on a day without a clock change. */
    public Duration length() {
        Duration d = Duration.between(start, end);
        return d.isNegative() ? d.plusDays(1) : d;
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
