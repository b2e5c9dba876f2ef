package org.reachable.domain.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;

/**
 * The merge lists the server's order first; schedule.ics keeps its own order (entries here stay
 * where they were, new ones from the server come last), so that a sync that changes nothing
 * writes nothing and one that changes an entry changes only its lines.
 */
final class LocalOrder {

    private LocalOrder() {
    }

    static Schedule keep(Schedule local, Schedule merged) {
        Map<String, ScheduleEntry> byUid = new LinkedHashMap<>();
        merged.entries().forEach(e -> byUid.put(e.uid(), e));
        List<ScheduleEntry> ordered = new ArrayList<>();
        for (ScheduleEntry entry : local.entries()) {
            ScheduleEntry kept = byUid.remove(entry.uid());
            if (kept != null) {
                ordered.add(kept);
            }
        }
        ordered.addAll(byUid.values());
        return new Schedule(merged.zone(), ordered);
    }

    /** {changed or added here, removed here} going from {@code local} to {@code merged}. */
    static int[] differences(Schedule local, Schedule merged) {
        Map<String, ScheduleEntry> before = new LinkedHashMap<>();
        local.entries().forEach(e -> before.put(e.uid(), e));
        int changed = 0;
        for (ScheduleEntry entry : merged.entries()) {
            ScheduleEntry old = before.remove(entry.uid());
            if (!entry.equals(old)) {
                changed++;
            }
        }
        return new int[] {changed, before.size()};
    }
}
