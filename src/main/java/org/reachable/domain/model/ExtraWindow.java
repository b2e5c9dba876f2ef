package org.reachable.domain.model;

import java.util.Objects;
import java.util.Set;

/** A dated reachable range that adds to the week, such as one Saturday morning. */
public record ExtraWindow(String uid, String summary, Dated when, Set<String> channels)
        implements ScheduleEntry {

    public ExtraWindow {
        uid = ScheduleEntry.requireUid(uid);
        Objects.requireNonNull(when, "when");
        channels = ScheduleEntry.copyOf(channels);
        if (channels.isEmpty()) {
            throw new InvalidScheduleException("The extra window from " + when.start()
                    + " has no channel; pick at least one");
        }
        summary = ScheduleEntry.summaryOr(summary, "Extra reachable");
    }

    @Override
    public EntryKind kind() {
        return EntryKind.EXTRA_WINDOW;
    }
}
