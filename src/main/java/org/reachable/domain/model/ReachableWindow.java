package org.reachable.domain.model;

import java.util.Objects;
import java.util.Set;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/** A weekly range in which the listed channels are reachable. */
public record ReachableWindow(String uid, String summary, Weekly when, Set<String> channels)
        implements ScheduleEntry {

    public ReachableWindow {
        uid = ScheduleEntry.requireUid(uid);
        Objects.requireNonNull(when, "when");
        channels = ScheduleEntry.copyOf(channels);
        if (channels.isEmpty()) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.WINDOW_NO_CHANNEL, when.times().start(),
                    when.times().end()));
        }
        summary = ScheduleEntry.summaryOr(summary, "Reachable");
    }

    @Override
    public EntryKind kind() {
        return EntryKind.WINDOW;
    }
}
