package org.reachable.ui.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

/**
 * The week page with a stand-up kept in New York time (imported: Tuesdays 10:00-10:30 New York), clock
 * on Thursday 26 November 2026 in Amsterdam: the pattern and an ordinary week show it at 16:00, the
 * week of 15 March 2027 (New York already on summer time, Amsterdam not yet) at 15:00, the table at
 * its usual 16:00; a drag for every week works on what is shown and makes it a home-zone entry, and
 * undo brings the New York series back; a drag for only this week keeps the series in New York time.
 */
class ZonedSeriesWeekTest {

    static final Weekly NY = new Weekly(EnumSet.of(DayOfWeek.TUESDAY), TimeRange.of("10:00", "10:30"),
            LocalDate.of(2026, 1, 6), null, ZoneId.of("America/New_York"));

    ScheduleDocument document = new ScheduleDocument(new Schedule(ScheduleViewModelTest.AMSTERDAM,
            List.of(new FocusBlock("ny", "Stand-up", NY, Set.of()))));
    ScheduleViewModel model = model();

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path folder;

    ScheduleViewModel model() {
        ScheduleViewModel m = new ScheduleViewModel(ScheduleView.bundle(Locale.UK), Locale.UK, document,
                ScheduleViewModelTest.CLOCK, () -> "new");
        m.setChannels(Settings.defaultChannels("en"));
        return m;
    }

    WeekBlock tuesday() {
        return model.page().blocks().stream().filter(b -> b.day() == DayOfWeek.TUESDAY).findFirst().orElseThrow();
    }

    @Test
    void theGridShowsTheHomeTimesOfEachWeekAndThePatternTheUsualOnes() {
        assertEquals(16 * 60, tuesday().startMinute(), "the pattern: 16:00 Amsterdam");
        assertEquals(16 * 60 + 30, tuesday().endMinute());
        model.page().navigation().jumpTo(LocalDate.of(2027, 3, 16));
        assertEquals(15 * 60, tuesday().startMinute(), "New York is on summer time, Amsterdam not yet");
        model.page().navigation().jumpTo(LocalDate.of(2027, 3, 30));
        assertEquals(16 * 60, tuesday().startMinute(), "both on summer time");
        assertEquals(TimeRange.of("16:00", "16:30").start(), model.page().rows().get(0).start(), "the table: usual");
    }

    @Test
    void aDragMakesItAHomeEntryAndUndoBringsTheSeriesBack() {
        model.move("ny", DayOfWeek.TUESDAY, DayOfWeek.TUESDAY, 17 * 60);
        Weekly moved = (Weekly) ((FocusBlock) document.current().entries().get(0)).when();
        assertEquals(TimeRange.of("17:00", "17:30"), moved.times());
        assertNull(moved.zone());
        model.undo();
        assertEquals(NY, ((FocusBlock) document.current().entries().get(0)).when());
        assertEquals(16 * 60, tuesday().startMinute());
    }

    @Test
    void movedOnlyThisWeekTheSeriesStaysInNewYorkTimeAndOnlyThatWeekMoves() throws Exception {
        model.setAsk(q -> java.util.Optional.of(BlockEdits.Scope.THIS_WEEK));
        model.page().navigation().next(); // Monday 30 November – Sunday 6 December
        model.move("ny", DayOfWeek.TUESDAY, DayOfWeek.TUESDAY, 17 * 60);

        Weekly after = (Weekly) ((FocusBlock) document.current().entries().get(0)).when();
        assertEquals(ZoneId.of("America/New_York"), after.zone(), "still kept in New York time");
        assertEquals(TimeRange.of("10:00", "10:30"), after.times(), "its usual times as New York has them");
        assertEquals(java.util.Map.of(LocalDate.of(2026, 12, 1), new org.reachable.domain.model.Dated(
                LocalDate.of(2026, 12, 1).atTime(11, 0), LocalDate.of(2026, 12, 1).atTime(11, 30),
                ZoneId.of("America/New_York"))), after.series().moved(),
                "only Tuesday 1 December moved, to 17:00 Amsterdam (11:00 in New York)");
        assertEquals(17 * 60, tuesday().startMinute(), "this week at 17:00");
        model.page().navigation().next();
        assertEquals(16 * 60, tuesday().startMinute(), "the week after at 16:00 again");
        model.page().navigation().jumpTo(LocalDate.of(2027, 3, 16));
        assertEquals(15 * 60, tuesday().startMinute(), "and still 15:00 in the week New York is on summer time alone");
        assertEquals(document.current(), AnsweringUser.throughTheFile(folder,
                document.current()), "RECURRENCE-ID of a New York series reads back the same");
        model.undo();
        assertEquals(NY, ((FocusBlock) document.current().entries().get(0)).when());
    }

    @Test
    void theTableSaysTheSeriesIsKeptInNewYorkTimeInBothLanguages() {
        assertEquals("every Tuesday 10:00–10:30 (New York time)", model.page().rows().get(0).daysText());
        ScheduleViewModel dutch = new ScheduleViewModel(ScheduleView.bundle(ScheduleViewModelTest.DUTCH),
                ScheduleViewModelTest.DUTCH, document, ScheduleViewModelTest.CLOCK, () -> "new");
        dutch.setChannels(Settings.defaultChannels("nl"));
        assertEquals("elke dinsdag 10.00–10.30 uur (New York-tijd)", dutch.page().rows().get(0).daysText());
        assertEquals(TimeRange.of("16:00", "16:30").start(), dutch.page().rows().get(0).start(),
                "the From column: Amsterdam, as the grid");
    }
}
