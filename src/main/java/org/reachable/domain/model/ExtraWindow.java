package org.reachable.domain.model;

import java.util.Objects;
import java.util.Set;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/** A dated reachable range that adds to the week, such as one Saturday morning. */
public record ExtraWindow(String uid, String summary, Dated when, Set<String> channels)
        implements ScheduleEntry {

    public ExtraWindow {
        uid = ScheduleEntry.requireUid(uid);
        Objects.requireNonNull(when, "when");
        channels = ScheduleEntry.copyOf(channels);
        if (channels.isEmpty()) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.EXTRA_NO_CHANNEL, when.start()));
        }
        summary = ScheduleEntry.summaryOr(summary, "Extra reachable");
    }

    @Override
    public EntryKind kind() {
        return EntryKind.EXTRA_WINDOW;
    }
}
