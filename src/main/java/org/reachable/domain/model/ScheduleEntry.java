package org.reachable.domain.model;

import java.util.Set;
import java.util.TreeSet;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * One entry of the schedule; each is one VEVENT with a stable UID in {@code schedule.ics}.
 * {@code channels} are channel ids; for a focus block or day off an empty set means every channel.
 */
public sealed interface ScheduleEntry permits ReachableWindow, FocusBlock, DayOff, ExtraWindow {

    String uid();

    String summary();

    EntryKind kind();

    Set<String> channels();

    static Set<String> copyOf(Set<String> channels) {
        return channels == null ? Set.of() : Set.copyOf(new TreeSet<>(channels));
    }

    static String requireUid(String uid) {
        if (uid == null || uid.isBlank()) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.ENTRY_NO_UID));
        }
        return uid;
    }

    static String summaryOr(String summary, String fallback) {
        return summary == null || summary.isBlank() ? fallback : summary;
    }
}
