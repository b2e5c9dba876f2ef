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
 * its usual 16:00; a drag works on what is shown and makes it a home-zone entry, and undo brings the
 * New York series back.
 */
class ZonedSeriesWeekTest {

    static final Weekly NY = new Weekly(EnumSet.of(DayOfWeek.TUESDAY), TimeRange.of("10:00", "10:30"),
            LocalDate.of(2026, 1, 6), null, ZoneId.of("America/New_York"));

    ScheduleDocument document = new ScheduleDocument(new Schedule(ScheduleViewModelTest.AMSTERDAM,
            List.of(new FocusBlock("ny", "Stand-up", NY, Set.of()))));
    ScheduleViewModel model = model();

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
}
