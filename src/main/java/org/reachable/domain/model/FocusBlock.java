package org.reachable.domain.model;

import java.util.Objects;
import java.util.Set;

/**
 * A range in which channels are off, weekly or once. It wins over windows. No channels listed
 * means all of them.
 */
public record FocusBlock(String uid, String summary, Recurrence when, Set<String> channels)
        implements ScheduleEntry {

    public FocusBlock {
        uid = ScheduleEntry.requireUid(uid);
        Objects.requireNonNull(when, "when");
        channels = ScheduleEntry.copyOf(channels);
        summary = ScheduleEntry.summaryOr(summary, "Focus");
    }

    public boolean coversAllChannels() {
        return channels.isEmpty();
    }

    @Override
    public EntryKind kind() {
        return EntryKind.FOCUS;
    }
}
