package org.reachable.domain.model;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/** The whole schedule: every entry, with the home zone its wall-clock times mean. */
public record Schedule(ZoneId zone, List<ScheduleEntry> entries) {

    public Schedule {
        Objects.requireNonNull(zone, "zone");
        entries = List.copyOf(entries);
        Set<String> uids = new HashSet<>();
        for (ScheduleEntry entry : entries) {
            if (!uids.add(entry.uid())) {
                throw new InvalidScheduleException(Problem.of(ProblemKind.DUPLICATE_UID, entry.uid()));
            }
        }
    }

    public static Schedule empty(ZoneId zone) {
        return new Schedule(zone, List.of());
    }
}
