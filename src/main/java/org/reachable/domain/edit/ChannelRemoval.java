package org.reachable.domain.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;

/**
 * What removing a channel does to the schedule. An entry that listed it loses it; an entry that
 * listed only it goes — a window with no channel is invalid, and a focus block with no channel
 * listed would mean every channel, the opposite of what it was.
 */
public final class ChannelRemoval {

    private ChannelRemoval() {
    }

    /** How many entries name the channel, for the question before it is removed. */
    public static int usage(Schedule schedule, String channelId) {
        int count = 0;
        for (ScheduleEntry entry : schedule.entries()) {
            if (entry.channels().contains(channelId)) {
                count++;
            }
        }
        return count;
    }

    public static ScheduleEdit edit(Schedule schedule, String channelId) {
        List<ScheduleEntry> before = new ArrayList<>();
        List<ScheduleEntry> after = new ArrayList<>();
        for (ScheduleEntry entry : schedule.entries()) {
            if (!entry.channels().contains(channelId)) {
                continue;
            }
            before.add(entry);
            Set<String> rest = new TreeSet<>(entry.channels());
            rest.remove(channelId);
            if (!rest.isEmpty()) {
                after.add(without(entry, rest));
            }
        }
        return new ScheduleEdit(ScheduleEdit.Action.CHANGE, before, after);
    }

    private static ScheduleEntry without(ScheduleEntry entry, Set<String> channels) {
        if (entry instanceof ReachableWindow w) {
            return new ReachableWindow(w.uid(), w.summary(), w.when(), channels);
        }
        if (entry instanceof FocusBlock f) {
            return new FocusBlock(f.uid(), f.summary(), f.when(), channels);
        }
        if (entry instanceof ExtraWindow x) {
            return new ExtraWindow(x.uid(), x.summary(), x.when(), channels);
        }
        if (entry instanceof DayOff d) {
            return d; // a day off has no channels of its own
        }
        throw new IllegalArgumentException("Unknown entry " + entry.uid());
    }
}
