package org.reachable.adapters.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reachable.adapters.ics.IcsFixtures.AMSTERDAM;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Series;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.status.Occurrence;
import org.reachable.domain.status.Occurrences;

/** Repeating events as calendar apps write them: an end, every other week, skipped, added and moved dates. */
class IcsSeriesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    /** The start (home wall clock) of every occurrence of the schedule in January to March 2026. */
    private static List<LocalDateTime> starts(Schedule schedule) {
        Occurrences occurrences = new Occurrences(schedule);
        return occurrences.startingBetween(MONDAY.atStartOfDay(AMSTERDAM).toInstant(),
                        LocalDate.of(2026, 4, 1).atStartOfDay(AMSTERDAM).toInstant()).stream()
                .map(Occurrence::start).map(i -> LocalDateTime.ofInstant(i, AMSTERDAM)).toList();
    }

    private static Schedule read(String... eventLines) throws StoreException {
        return IcsCodec.read(IcsFixtures.calendar(eventLines), "schedule.ics", AMSTERDAM);
    }

    @Test
    void aSeriesWithEveryKindOfExceptionSurvivesTheFile() throws Exception {
        Weekly weekly = new Weekly(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), TimeRange.of("09:00", "11:00"),
                MONDAY, new Series(2, LocalDate.of(2026, 3, 31), Set.of(LocalDate.of(2026, 1, 8)),
                        Set.of(LocalDate.of(2026, 1, 16)), Map.of(LocalDate.of(2026, 1, 20),
                                new Dated(LocalDateTime.of(2026, 1, 21, 14, 0), LocalDateTime.of(2026, 1, 21, 15, 30)))));
        Schedule schedule = new Schedule(AMSTERDAM, List.of(
                new ReachableWindow("w", "Bellen", weekly, Set.of("phone"))));
        String text = IcsCodec.write(schedule);
        assertTrue(text.contains("RRULE:FREQ=WEEKLY;WKST=MO;INTERVAL=2;BYDAY=TU,TH;UNTIL=20260331T070000Z\r\n"), text);
        assertTrue(text.contains("EXDATE;TZID=Europe/Amsterdam:20260108T090000\r\n"), text);
        assertTrue(text.contains("RDATE;TZID=Europe/Amsterdam:20260116T090000\r\n"), text);
        assertTrue(text.contains("RECURRENCE-ID;TZID=Europe/Amsterdam:20260120T090000\r\n"), text);
        assertEquals(schedule, IcsCodec.read(text, "schedule.ics", AMSTERDAM));
        IcsFixtures.parsedByIcal4j(text);
        assertEquals(List.of(
                LocalDateTime.of(2026, 1, 6, 9, 0), // week 1: Tuesday; Thursday the 8th skipped
                LocalDateTime.of(2026, 1, 16, 9, 0), // an added Friday
                LocalDateTime.of(2026, 1, 21, 14, 0), // week 3: Tuesday moved to Wednesday afternoon
                LocalDateTime.of(2026, 1, 22, 9, 0),
                LocalDateTime.of(2026, 2, 3, 9, 0), LocalDateTime.of(2026, 2, 5, 9, 0),
                LocalDateTime.of(2026, 2, 17, 9, 0), LocalDateTime.of(2026, 2, 19, 9, 0),
                LocalDateTime.of(2026, 3, 3, 9, 0), LocalDateTime.of(2026, 3, 5, 9, 0),
                LocalDateTime.of(2026, 3, 17, 9, 0), LocalDateTime.of(2026, 3, 19, 9, 0),
                LocalDateTime.of(2026, 3, 31, 9, 0)), starts(schedule));
    }

    /** Google Calendar: EXDATE in the event's zone, a moved occurrence as a second VEVENT. */
    @Test
    void googleSkippedAndMovedOccurrencesLoad() throws Exception {
        Schedule schedule = read("BEGIN:VEVENT", "DTSTART;TZID=Europe/Amsterdam:20260105T130000",
                "DTEND;TZID=Europe/Amsterdam:20260105T150000", "RRULE:FREQ=WEEKLY;BYDAY=MO",
                "EXDATE;TZID=Europe/Amsterdam:20260112T130000", "DTSTAMP:20260101T000000Z",
                "UID:3q5n@google.com", "SUMMARY:Focus", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;TZID=Europe/Amsterdam:20260120T100000",
                "DTEND;TZID=Europe/Amsterdam:20260120T120000", "DTSTAMP:20260101T000000Z", "UID:3q5n@google.com",
                "RECURRENCE-ID;TZID=Europe/Amsterdam:20260119T130000", "SUMMARY:Focus", "SEQUENCE:1", "END:VEVENT");
        assertEquals(1, schedule.entries().size());
        List<LocalDateTime> starts = starts(schedule);
        assertEquals(List.of(LocalDateTime.of(2026, 1, 5, 13, 0), LocalDateTime.of(2026, 1, 20, 10, 0),
                LocalDateTime.of(2026, 1, 26, 13, 0)), starts.subList(0, 3));
    }

    /** Outlook: the series ends "from this week on" (UNTIL in UTC), one occurrence cancelled, Windows zone names. */
    @Test
    void outlookEndedSeriesAndCancelledOccurrenceLoad() throws Exception {
        Schedule schedule = read("BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E008",
                "DTSTART;TZID=W. Europe Standard Time:20260106T090000",
                "DTEND;TZID=W. Europe Standard Time:20260106T100000",
                "RRULE:FREQ=WEEKLY;UNTIL=20260127T080000Z;INTERVAL=1;BYDAY=TU;WKST=SU", "SUMMARY:Stand-up",
                "END:VEVENT", "BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E008",
                "RECURRENCE-ID;TZID=W. Europe Standard Time:20260113T090000",
                "DTSTART;TZID=W. Europe Standard Time:20260113T090000",
                "DTEND;TZID=W. Europe Standard Time:20260113T100000", "STATUS:CANCELLED", "SUMMARY:Stand-up",
                "END:VEVENT");
        assertEquals(List.of(LocalDateTime.of(2026, 1, 6, 9, 0), LocalDateTime.of(2026, 1, 20, 9, 0),
                LocalDateTime.of(2026, 1, 27, 9, 0)), starts(schedule));
    }

    /** Apple Calendar: a count of occurrences and an EXDATE in UTC. */
    @Test
    void appleCountAndUtcExdateLoad() throws Exception {
        Schedule schedule = read("BEGIN:VEVENT", "UID:A1B2C3D4-E5F6", "DTSTART;TZID=Europe/Amsterdam:20260107T140000",
                "DTEND;TZID=Europe/Amsterdam:20260107T160000", "RRULE:FREQ=WEEKLY;COUNT=4",
                "EXDATE:20260114T130000Z", "SUMMARY:Schrijven", "END:VEVENT");
        // four Wednesdays from 7 January, the second one skipped (COUNT counts it all the same)
        assertEquals(List.of(LocalDateTime.of(2026, 1, 7, 14, 0), LocalDateTime.of(2026, 1, 21, 14, 0),
                LocalDateTime.of(2026, 1, 28, 14, 0)), starts(schedule));
    }

    /** Thunderbird: every other week with an extra date. */
    @Test
    void thunderbirdFortnightlyWithAnExtraDateLoads() throws Exception {
        Schedule schedule = read("BEGIN:VEVENT", "UID:tb-1", "DTSTART;TZID=Europe/Amsterdam:20260109T080000",
                "DTEND;TZID=Europe/Amsterdam:20260109T090000", "RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20260220T070000Z",
                "RDATE;TZID=Europe/Amsterdam:20260114T080000", "X-REACHABLE-KIND:window",
                "X-REACHABLE-CHANNELS:phone", "TRANSP:TRANSPARENT", "END:VEVENT");
        assertTrue(schedule.entries().get(0) instanceof ReachableWindow);
        assertEquals(List.of(LocalDateTime.of(2026, 1, 9, 8, 0), LocalDateTime.of(2026, 1, 14, 8, 0),
                LocalDateTime.of(2026, 1, 23, 8, 0), LocalDateTime.of(2026, 2, 6, 8, 0),
                LocalDateTime.of(2026, 2, 20, 8, 0)), starts(schedule));
    }

    @Test
    void aChangedOccurrenceWithoutItsSeriesIsRefusedByUid() {
        StoreException e = assertThrows(StoreException.class, () -> read("BEGIN:VEVENT", "UID:lost",
                "RECURRENCE-ID;TZID=Europe/Amsterdam:20260119T130000", "DTSTART;TZID=Europe/Amsterdam:20260120T100000",
                "DTEND;TZID=Europe/Amsterdam:20260120T120000", "END:VEVENT"));
        assertTrue(e.getMessage().contains("\"lost\"") && e.getMessage().contains("RECURRENCE-ID"), e.getMessage());
    }

    @Test
    void anEditForEveryWeekKeepsTheExceptions() {
        Weekly weekly = new Weekly(EnumSet.of(DayOfWeek.MONDAY), TimeRange.of("13:00", "15:00"), MONDAY)
                .withSeries(Series.EVERY_WEEK.skipping(LocalDate.of(2026, 1, 12)));
        Weekly later = weekly.with(EnumSet.of(DayOfWeek.MONDAY), TimeRange.of("14:00", "16:00"));
        assertEquals(weekly.series(), later.series());
        assertTrue(!later.occursOn(LocalDate.of(2026, 1, 12)) && later.occursOn(LocalDate.of(2026, 1, 19)));
        FocusBlock block = new FocusBlock("f", "x", later, Set.of());
        Instant twelfth = ZonedDateTime.of(LocalDateTime.of(2026, 1, 12, 14, 30), AMSTERDAM).toInstant();
        assertTrue(new Occurrences(new Schedule(AMSTERDAM, List.of(block))).weeklyOn(LocalDate.of(2026, 1, 12)).isEmpty(),
                "skipped at " + twelfth);
    }
}
