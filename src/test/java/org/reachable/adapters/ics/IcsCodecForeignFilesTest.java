package org.reachable.adapters.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reachable.adapters.ics.IcsFixtures.AMSTERDAM;
import static org.reachable.adapters.ics.IcsFixtures.calendar;
import static org.reachable.adapters.ics.IcsFixtures.resource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.HomeWeek;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

/** Files another calendar app wrote, or edited after Reachable wrote them. */
class IcsCodecForeignFilesTest {

    private static Schedule read(String text) throws Exception {
        return IcsCodec.read(text, "schedule.ics", AMSTERDAM);
    }

    private static ScheduleEntry only(String... eventLines) throws Exception {
        List<ScheduleEntry> entries = read(calendar(eventLines)).entries();
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    @Test
    void aGoogleCalendarExportLoads() throws Exception {
        Schedule schedule = read(resource("google-weekly.ics"));
        assertEquals(new Schedule(AMSTERDAM, List.of(
                new FocusBlock("4k2l9c6j1d2f3g4h5j6k7l8m9n@google.com", "Focus: schrijven",
                        new Weekly(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), TimeRange.of("13:00", "15:00"),
                                LocalDate.of(2026, 1, 5)), Set.of()),
                new DayOff("7a8b9c0d1e2f3g4h5i6j7k8l9m@google.com", "Kerstvakantie", LocalDate.of(2026, 12, 24),
                        LocalDate.of(2026, 12, 27), DayOffReason.OTHER, "", null, false),
                // written in UTC: 09:00Z is 10:00 in Amsterdam in February
                new FocusBlock("0p9o8i7u6y5t4r3e2w1q@google.com", "Tandarts",
                        new Dated(LocalDateTime.of(2026, 2, 10, 10, 0), LocalDateTime.of(2026, 2, 10, 11, 0)),
                        Set.of()))), schedule);
    }

    @Test
    void anOutlookExportWithAWindowsZoneNameLoadsThroughItsVtimezone() throws Exception {
        Schedule schedule = read(resource("outlook-windows-zone.ics"));
        FocusBlock block = (FocusBlock) schedule.entries().get(0);
        assertEquals("Geen telefoon – offertes schrijven", block.summary());
        assertEquals(new Weekly(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), TimeRange.of("09:00", "11:00"),
                LocalDate.of(2026, 7, 6)), block.when());
    }

    @Test
    void aWeeklyEventInNewYorkKeepsItsZoneAndShowsOnTheNextDayInAmsterdam() throws Exception {
        // Monday and Friday 20:00-21:00 in New York (January: -5) is Tuesday and Saturday 02:00-03:00 here.
        ScheduleEntry entry = only("BEGIN:VEVENT", "UID:ny",
                "DTSTART;TZID=America/New_York:20260105T200000", "DTEND;TZID=America/New_York:20260105T210000",
                "RRULE:FREQ=WEEKLY;BYDAY=MO,FR", "END:VEVENT");
        Weekly when = (Weekly) ((FocusBlock) entry).when();
        assertEquals(new Weekly(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeRange.of("20:00", "21:00"),
                LocalDate.of(2026, 1, 5), null, ZoneId.of("America/New_York")), when, "its own zone's days and times");
        assertEquals(new Weekly(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), TimeRange.of("02:00", "03:00"),
                LocalDate.of(2026, 1, 6)), HomeWeek.inWeekOf(when, AMSTERDAM, LocalDate.of(2026, 1, 5)),
                "on the home clock");
    }

    @Test
    void aFloatingTimeIsTakenAsAHomeZoneTime() throws Exception {
        ScheduleEntry entry = only("BEGIN:VEVENT", "UID:f", "DTSTART:20260105T090000", "DTEND:20260105T100000",
                "END:VEVENT");
        assertEquals(new Dated(LocalDateTime.of(2026, 1, 5, 9, 0), LocalDateTime.of(2026, 1, 5, 10, 0)),
                ((FocusBlock) entry).when());
    }

    @Test
    void aDailyRepeatIsEveryDayOfTheWeek() throws Exception {
        ScheduleEntry entry = only("BEGIN:VEVENT", "UID:d", "DTSTART;TZID=Europe/Amsterdam:20260105T120000",
                "DTEND;TZID=Europe/Amsterdam:20260105T130000", "RRULE:FREQ=DAILY", "SUMMARY:Lunch", "END:VEVENT");
        assertEquals(EnumSet.allOf(DayOfWeek.class), ((Weekly) ((FocusBlock) entry).when()).days());
    }

    @Test
    void aWeeklyRepeatWithoutDaysRepeatsOnTheDayItStarts() throws Exception {
        ScheduleEntry entry = only("BEGIN:VEVENT", "UID:w", "DTSTART;TZID=Europe/Amsterdam:20260107T120000",
                "DTEND;TZID=Europe/Amsterdam:20260107T130000", "RRULE:FREQ=WEEKLY", "END:VEVENT");
        assertEquals(Set.of(DayOfWeek.WEDNESDAY), ((Weekly) ((FocusBlock) entry).when()).days());
    }

    @Test
    void aFreeEventWithChannelsIsAWindowWhenItRepeatsAndAnExtraWindowWhenNot() throws Exception {
        ScheduleEntry weekly = only("BEGIN:VEVENT", "UID:w", "DTSTART;TZID=Europe/Amsterdam:20260105T090000",
                "DTEND;TZID=Europe/Amsterdam:20260105T110000", "RRULE:FREQ=WEEKLY;BYDAY=MO", "TRANSP:TRANSPARENT",
                "X-REACHABLE-CHANNELS:phone, email", "END:VEVENT");
        assertEquals(new ReachableWindow("w", null, new Weekly(Set.of(DayOfWeek.MONDAY),
                TimeRange.of("09:00", "11:00"), LocalDate.of(2026, 1, 5)), Set.of("phone", "email")), weekly);
        ScheduleEntry once = only("BEGIN:VEVENT", "UID:x", "DTSTART;TZID=Europe/Amsterdam:20260110T090000",
                "DTEND;TZID=Europe/Amsterdam:20260110T110000", "TRANSP:TRANSPARENT",
                "X-REACHABLE-CHANNELS:phone", "END:VEVENT");
        assertEquals(ExtraWindow.class, once.getClass());
    }

    @Test
    void aDurationInsteadOfAnEndWorks() throws Exception {
        ScheduleEntry timed = only("BEGIN:VEVENT", "UID:d", "DTSTART;TZID=Europe/Amsterdam:20260105T090000",
                "DURATION:PT1H30M", "END:VEVENT");
        assertEquals(LocalDateTime.of(2026, 1, 5, 10, 30), ((Dated) ((FocusBlock) timed).when()).end());
        ScheduleEntry days = only("BEGIN:VEVENT", "UID:o", "DTSTART;VALUE=DATE:20260105", "DURATION:P3D",
                "END:VEVENT");
        assertEquals(LocalDate.of(2026, 1, 7), ((DayOff) days).last());
    }

    @Test
    void aWholeDayWithoutEndIsOneDayOff() throws Exception {
        DayOff off = (DayOff) only("BEGIN:VEVENT", "UID:o", "DTSTART;VALUE=DATE:20260427", "SUMMARY:Koningsdag",
                "END:VEVENT");
        assertEquals(LocalDate.of(2026, 4, 27), off.first());
        assertEquals(LocalDate.of(2026, 4, 27), off.last());
        assertEquals(LocalDate.of(2026, 4, 28), off.backOn());
    }

    @Test
    void anOldMozillaStyleZoneNameIsUnderstood() throws Exception {
        ScheduleEntry entry = only("BEGIN:VEVENT", "UID:m",
                "DTSTART;TZID=/mozilla.org/20050126_1/America/New_York:20260105T090000",
                "DTEND;TZID=/mozilla.org/20050126_1/America/New_York:20260105T100000", "END:VEVENT");
        Dated when = (Dated) ((FocusBlock) entry).when();
        assertEquals(java.time.ZoneId.of("America/New_York"), when.zone());
        assertEquals(LocalDateTime.of(2026, 1, 5, 15, 0), when.at(AMSTERDAM).start());
    }

    @Test
    void aTimeInTheDaylightSavingGapKeepsItsWallClockMeaning() throws Exception {
        // 02:30 on 29 March 2026 does not exist in Amsterdam; the schedule keeps what the user wrote,
        // and the status engine applies java.time's rule when it computes instants.
        ScheduleEntry entry = only("BEGIN:VEVENT", "UID:gap", "DTSTART;TZID=Europe/Amsterdam:20260329T023000",
                "DTEND;TZID=Europe/Amsterdam:20260329T040000", "END:VEVENT");
        assertEquals(LocalDateTime.of(2026, 3, 29, 2, 30), ((Dated) ((FocusBlock) entry).when()).start());
    }

    @Test
    void aByteOrderMarkAndBareNewlinesAreFine() throws Exception {
        String text = "\uFEFF" + calendar("BEGIN:VEVENT", "UID:o", "DTSTART;VALUE=DATE:20260427", "END:VEVENT")
                .replace("\r\n", "\n");
        assertEquals(1, read(text).entries().size());
    }

    @Test
    void aScheduleReadElsewhereComesBackInTheHomeZone() throws Exception {
        Schedule schedule = read(IcsCodec.write(IcsFixtures.rich(IcsFixtures.LORD_HOWE)));
        assertEquals(AMSTERDAM, schedule.zone());
        assertEquals(IcsFixtures.rich(IcsFixtures.LORD_HOWE).entries().size(), schedule.entries().size());
    }
}
