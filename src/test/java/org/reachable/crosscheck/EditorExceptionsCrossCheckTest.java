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
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.text.SeriesWords;
import org.reachable.domain.text.Words;
import org.reachable.ui.schedule.BlockEdits;
import org.reachable.ui.schedule.EntryFormViewModel;
import org.reachable.ui.schedule.ScheduleView;
import org.reachable.ui.schedule.ScheduleViewModel;

/**
 * What the week editor makes of a dated week, as calendar apps make it — a moved, a resized, a
 * skipped occurrence, an end date, a change for every week — written to schedule.ics and read by
 * ical.js (Thunderbird's library): the same occurrences as the agenda over 2026. And a series a
 * calendar app ended with COUNT reads as the date it ends on, in words.
 */
class EditorExceptionsCrossCheckTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), AMSTERDAM);
    static final LocalDate SINCE = LocalDate.of(2026, 1, 5);

    @TempDir
    Path dir;

    @Test
    void theEditorsExceptionsReadTheSameInIcalJs() throws Exception {
        EnumSet<DayOfWeek> workdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        ScheduleDocument document = new ScheduleDocument(new Schedule(AMSTERDAM, List.of(
                new ReachableWindow("m", "Bellen", new Weekly(workdays, TimeRange.of("09:00", "11:00"), SINCE),
                        Set.of("phone", "email")),
                new FocusBlock("f", "Focus", new Weekly(EnumSet.of(DayOfWeek.WEDNESDAY),
                        TimeRange.of("13:00", "17:00"), SINCE), Set.of()))));
        Locale dutch = Locale.forLanguageTag("nl-NL");
        ScheduleViewModel page = new ScheduleViewModel(ResourceBundle.getBundle(ScheduleView.BUNDLE, dutch), dutch,
                document, CLOCK, () -> "split");
        List<Channel> channels = Settings.defaultChannels("nl");
        page.setChannels(channels);
        BlockEdits.Scope[] answer = {BlockEdits.Scope.THIS_WEEK};
        page.setAsk(q -> Optional.of(answer[0]));

        page.move("f", DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, 14 * 60); // Wed 25 Nov -> Thu 26 Nov 14-18
        page.resize("m", DayOfWeek.TUESDAY, 8 * 60, 12 * 60 + 30);     // Tue 24 Nov 8:00-12:30
        page.deleteDay("m", DayOfWeek.MONDAY);                         // no Mon 23 Nov
        page.resize("m", DayOfWeek.FRIDAY, 22 * 60, 25 * 60);          // Fri 27 Nov into Saturday
        page.page().navigation().next();
        page.deleteDay("f", DayOfWeek.WEDNESDAY);                      // no Wed 2 Dec
        EntryFormViewModel form = page.edit("f");
        form.lastDateProperty().set(LocalDate.of(2026, 12, 16));
        page.commit(form);
        answer[0] = BlockEdits.Scope.EVERY_WEEK;
        page.move("m", DayOfWeek.THURSDAY, DayOfWeek.THURSDAY, 10 * 60); // Thursdays 10-12 from now on, split off

        Schedule made = document.current();
        Weekly m = WeekEdits.weekly(WeekEdits.find(made, "m"));
        assertEquals(Set.of(LocalDate.of(2026, 11, 23)), m.series().skipped(), "what the editor made: " + made);
        assertEquals(2, m.series().moved().size());
        assertEquals(EnumSet.of(DayOfWeek.THURSDAY), WeekEdits.weekly(WeekEdits.find(made, "split")).days());
        assertEquals(made, IcsCodec.read(IcsCodec.write(made), "schedule.ics", AMSTERDAM), "the file reads back the same");
        assertEquals(List.of(), new CrossCheck(IcalJs.required(), dir).run(made, channels), "ical.js reads the same occurrences");
    }

    @Test
    void aSeriesACalendarAppEndedWithCountSaysTheDateItEndsOn() throws Exception {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
                "BEGIN:VEVENT", "UID:count-1", "DTSTAMP:20261101T000000Z", "SUMMARY:Focus", "TRANSP:OPAQUE",
                "DTSTART;TZID=Europe/Amsterdam:20261103T130000", "DTEND;TZID=Europe/Amsterdam:20261103T150000",
                "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=5", "EXDATE;TZID=Europe/Amsterdam:20261117T130000",
                "END:VEVENT", "END:VCALENDAR", "");
        Schedule read = IcsCodec.read(ics, "schedule.ics", AMSTERDAM);
        Weekly weekly = WeekEdits.weekly(read.entries().get(0));
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertEquals("om de week op dinsdag tot en met dinsdag 29 december; 1 keer overgeslagen",
                SeriesWords.rule(weekly, Words.dutch(), today));
        assertEquals("every other Tuesday until Tuesday 29 December; skipped once",
                SeriesWords.rule(weekly, Words.english(), today));
    }
}
