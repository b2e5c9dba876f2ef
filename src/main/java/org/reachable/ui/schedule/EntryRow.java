package org.reachable.ui.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import org.reachable.domain.model.EntryKind;

/**
 * One weekly entry as the list beside the grid shows it: the same data as the blocks, for people
 * who prefer a table. The texts are ready to show; the values are there to sort by.
 */
public record EntryRow(String uid, EntryKind kind, String kindText, Set<DayOfWeek> days, String daysText,
        LocalTime start, LocalTime end, String timesText, String channelsText, String summary, boolean warning) {

    /** Sort key for the days column: the first day in the user's week, then the start. */
    public int firstDay(DayOfWeek weekStart) {
        int best = 7;
        for (DayOfWeek day : days) {
            best = Math.min(best, Math.floorMod(day.getValue() - weekStart.getValue(), 7));
        }
        return best;
    }
}
