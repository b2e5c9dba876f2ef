package org.reachable.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.ics.IcsCodec;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.ui.schedule.BlockEdits;
import org.reachable.ui.schedule.EntryFormViewModel;
import org.reachable.ui.schedule.ScheduleView;
import org.reachable.ui.schedule.ScheduleViewModel;

/**
 * The week editor's series edits written to schedule.ics and read by ical.js (Thunderbird's
 * library): "every other week" from the form (INTERVAL=2 from the week shown), and the file reads
 * back equal. Clock: Thursday 26 November 2026, Amsterdam.
 */
class EditorSeriesCrossCheckTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), AMSTERDAM);
    static final LocalDate SINCE = LocalDate.of(2026, 1, 5);

    @TempDir
    Path dir;

    final BlockEdits.Scope[] answer = {BlockEdits.Scope.THIS_WEEK};
    final List<Channel> channels = Settings.defaultChannels("nl");
    final ScheduleDocument document = new ScheduleDocument(new Schedule(AMSTERDAM, List.of(
            new ReachableWindow("m", "Bellen", new Weekly(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    TimeRange.of("09:00", "11:00"), SINCE), Set.of("phone", "email")),
            new FocusBlock("f", "Focus", new Weekly(EnumSet.of(DayOfWeek.WEDNESDAY),
                    TimeRange.of("13:00", "17:00"), SINCE), Set.of()))));

    ScheduleViewModel page() {
        Locale dutch = Locale.forLanguageTag("nl-NL");
        int[] uids = {0};
        ScheduleViewModel page = new ScheduleViewModel(ResourceBundle.getBundle(ScheduleView.BUNDLE, dutch), dutch,
                document, CLOCK, () -> "new-" + ++uids[0]);
        page.setChannels(channels);
        page.setAsk(q -> Optional.of(answer[0]));
        return page;
    }

    void readsTheSame(Schedule made) throws Exception {
        assertEquals(made, IcsCodec.read(IcsCodec.write(made), "schedule.ics", AMSTERDAM), "the file reads back the same");
        assertEquals(List.of(), new CrossCheck(IcalJs.required(), dir).run(made, channels),
                "ical.js reads the same occurrences as the agenda: " + made);
    }

    @Test
    void everyOtherWeekFromTheFormReadsTheSameInIcalJs() throws Exception {
        ScheduleViewModel page = page();
        page.page().navigation().next(); // 30 November – 6 December
        EntryFormViewModel form = page.edit("f", DayOfWeek.WEDNESDAY);
        form.weeksProperty().set(2);
        form.lastDateProperty().set(LocalDate.of(2026, 12, 30));
        page.commit(form);
        EntryFormViewModel work = page.edit("m");
        work.weeksProperty().set(2); // the week shown: Mon 30 November on
        page.commit(work);
        page.deleteDay("m", DayOfWeek.TUESDAY); // only this week: no Tue 1 December

        readsTheSame(document.current());
    }

    @Test
    void thisAndFollowingWeeksReadsTheSameInIcalJs() throws Exception {
        ScheduleViewModel page = page();
        page.deleteDay("m", DayOfWeek.FRIDAY);                           // only this week: no Fri 27 November
        page.page().navigation().next();
        page.page().navigation().next();
        page.deleteDay("f", DayOfWeek.WEDNESDAY);                        // only this week: no Wed 9 December
        page.page().navigation().previous();                             // 30 November – 6 December
        answer[0] = BlockEdits.Scope.FOLLOWING;
        page.move("m", DayOfWeek.THURSDAY, DayOfWeek.THURSDAY, 10 * 60);  // Thursdays 10-12 from 3 December
        page.resize("f", DayOfWeek.WEDNESDAY, 13 * 60, 18 * 60);          // Wednesdays to 18:00 from 2 December

        Schedule made = document.current();
        assertEquals(5, made.entries().size(), "m ended, m from this week, its Thursdays, f ended, f from this week: " + made);
        readsTheSame(made);
    }

    @Test
    void thisAndFollowingFromWednesdayReadsTheSameInIcalJs() throws Exception {
        ScheduleViewModel page = page();
        page.page().navigation().next();                                  // 30 November – 6 December
        answer[0] = BlockEdits.Scope.FOLLOWING;
        page.resize("m", DayOfWeek.WEDNESDAY, 9 * 60, 12 * 60);           // from Wednesday 2 December to 12:00

        Schedule made = document.current();
        assertEquals(LocalDate.of(2026, 12, 1), ((ReachableWindow) made.entries().get(0)).when().series().until(),
                "Monday 30 November and Tuesday 1 December stay with the old series");
        readsTheSame(made);
    }

    @Test
    void aNewYorkSeriesMovedOnlyThisWeekReadsTheSameInIcalJs() throws Exception {
        document.apply(org.reachable.domain.edit.ScheduleEdit.add(org.reachable.domain.edit.ScheduleEdit.Action.CHANGE,
                List.of(new FocusBlock("ny", "Stand-up", new Weekly(EnumSet.of(DayOfWeek.TUESDAY),
                        TimeRange.of("10:00", "10:30"), SINCE, null, ZoneId.of("America/New_York")), Set.of()))));
        ScheduleViewModel page = page();
        page.page().navigation().next();                                   // 30 November – 6 December
        page.move("ny", DayOfWeek.TUESDAY, DayOfWeek.TUESDAY, 17 * 60);    // only this week: 17:00 Amsterdam
        page.page().navigation().next();
        page.deleteDay("ny", DayOfWeek.TUESDAY);                           // only this week: no Tuesday 8 December

        Schedule made = document.current();
        Weekly ny = ((FocusBlock) made.entries().get(2)).when() instanceof Weekly w ? w : null;
        assertEquals(ZoneId.of("America/New_York"), ny.zone(), "kept in New York time: " + made);
        readsTheSame(made);
    }

    @Test
    void anExtraDateMovedOrDeletedOnlyThisWeekReadsTheSameInIcalJs() throws Exception {
        Schedule withExtras = document.current();
        org.reachable.domain.model.ScheduleEntry f = withExtras.entries().get(1);
        LocalDate saturday = LocalDate.of(2026, 11, 28);
        LocalDate nextSaturday = LocalDate.of(2026, 12, 5);
        document.apply(org.reachable.domain.edit.ScheduleEdit.replace(org.reachable.domain.edit.ScheduleEdit.Action.CHANGE,
                f, org.reachable.domain.edit.WeekEdits.with(f, "f", org.reachable.domain.edit.WeekEdits.weekly(f)
                        .withSeries(new org.reachable.domain.model.Series(1, null, Set.of(),
                                Set.of(saturday, nextSaturday, LocalDate.of(2026, 12, 12)), java.util.Map.of())))));
        ScheduleViewModel page = page();
        page.move("f", DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, 9 * 60);   // Sat 28 Nov -> Sun 29 Nov 9-13
        page.page().navigation().next();
        page.deleteDay("f", DayOfWeek.SATURDAY);                        // no Sat 5 December

        Schedule made = document.current();
        assertEquals(Set.of(saturday, LocalDate.of(2026, 12, 12)),
                org.reachable.domain.edit.WeekEdits.weekly(made.entries().get(1)).series().added(), "what the editor made");
        readsTheSame(made);
    }
}
