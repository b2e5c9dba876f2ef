package org.reachable.ui.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.EntryKind;

/** What a drag or a key makes of a block: the same block, other times. */
class WeekBlockTest {

    private static final WeekBlock FOCUS_MONDAY = new WeekBlock("f", DayOfWeek.MONDAY, 9 * 60, 11 * 60,
            EntryKind.FOCUS, "Focus", "T · E", "Focus, maandag 9.00–11.00 uur", true);

    @Test
    void movedToWednesdayKeepsWhatItIsAndSays() {
        WeekBlock moved = FOCUS_MONDAY.withTimes(DayOfWeek.WEDNESDAY, 14 * 60, 16 * 60);
        assertEquals(new WeekBlock("f", DayOfWeek.WEDNESDAY, 14 * 60, 16 * 60, EntryKind.FOCUS, "Focus", "T · E",
                "Focus, maandag 9.00–11.00 uur", true), moved);
    }

    @Test
    void timesOutOfRangeAreBroughtIntoItAsEveryBlockIs() {
        WeekBlock late = FOCUS_MONDAY.withTimes(DayOfWeek.SUNDAY, 23 * 60, 3 * WeekBlock.DAY);
        assertEquals(23 * 60, late.startMinute());
        assertEquals(23 * 60 + WeekBlock.DAY, late.endMinute(), "at most a day long, into Monday");
    }
}
