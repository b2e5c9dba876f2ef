package org.reachable.domain.text;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One line of the week's hours: the days that share exactly the same ranges ("ma, di, do en vr
 * 9.00–17.00 uur"). Days are kept in week order (Monday first), ranges by start.
 */
public record HoursLine(Set<DayOfWeek> days, List<ClockRange> ranges) {

    public HoursLine {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(ranges, "ranges");
        if (days.isEmpty() || ranges.isEmpty()) {
            throw new IllegalArgumentException("An hours line needs at least one day and one range");
        }
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
        ranges = ranges.stream().sorted().toList();
    }

    public static HoursLine of(Set<DayOfWeek> days, ClockRange... ranges) {
        return new HoursLine(days, List.of(ranges));
    }

    /** The first day of the line; lines are listed in the order of their first days. */
    public DayOfWeek firstDay() {
        return days.iterator().next();
    }
}
