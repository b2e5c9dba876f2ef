package org.reachable.domain.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

/**
 * Editing a series that keeps a zone of its own (a stand-up at 10:00 New York time, imported): the
 * week shows it at its usual home times (16:00 in Amsterdam), an edit works on those, and the edited
 * entry is a home-zone entry; undo brings back the series with its zone, and a drag that ends where
 * it began changes nothing.
 */
class ZonedSeriesEditsTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Weekly NY = new Weekly(EnumSet.of(DayOfWeek.TUESDAY), TimeRange.of("10:00", "10:30"),
            LocalDate.of(2026, 1, 6), null, ZoneId.of("America/New_York"));
    static final FocusBlock STAND_UP = new FocusBlock("ny", "Stand-up", NY, Set.of());

    static Weekly when(Schedule schedule) {
        return (Weekly) ((FocusBlock) schedule.entries().get(0)).when();
    }

    @Test
    void anEveryWeekMoveWorksOnTheHomeTimesShownAndMakesItAHomeEntry() {
        ScheduleDocument document = new ScheduleDocument(new Schedule(AMSTERDAM, List.of(STAND_UP)));
        WeekEdits edits = new WeekEdits(() -> "new");
        assertEquals(TimeRange.of("16:00", "16:30"), WeekEdits.weekly(WeekEdits.find(document.current(), "ny")).times(),
                "found as the week shows it");
        assertTrue(document.apply(edits.move(document.current(), "ny", DayOfWeek.TUESDAY, DayOfWeek.TUESDAY,
                TimeRange.of("17:00", "17:30"))));
        Weekly moved = when(document.current());
        assertEquals(TimeRange.of("17:00", "17:30"), moved.times());
        assertNull(moved.zone(), "edited in the app: a home-zone entry");
        assertTrue(document.undo());
        assertEquals(NY, when(document.current()), "undo brings back the series with its zone");
    }

    @Test
    void aDragThatEndsWhereItBeganLeavesTheSeriesInItsZone() {
        ScheduleDocument document = new ScheduleDocument(new Schedule(AMSTERDAM, List.of(STAND_UP)));
        WeekEdits edits = new WeekEdits(() -> "new");
        assertFalse(document.apply(edits.move(document.current(), "ny", DayOfWeek.TUESDAY, DayOfWeek.TUESDAY,
                TimeRange.of("16:00", "16:30"))));
        assertEquals(NY, when(document.current()));
        assertFalse(document.canUndo());
    }

    @Test
    void skippingOneWeekKeepsTheUndoPathToTheZonedSeries() {
        ScheduleDocument document = new ScheduleDocument(new Schedule(AMSTERDAM, List.of(STAND_UP)));
        assertTrue(document.apply(OnceEdits.skip(document.current(), "ny", LocalDate.of(2027, 3, 16))));
        assertEquals(Set.of(LocalDate.of(2027, 3, 16)), when(document.current()).series().skipped());
        assertTrue(document.undo());
        assertEquals(NY, when(document.current()));
    }
}
