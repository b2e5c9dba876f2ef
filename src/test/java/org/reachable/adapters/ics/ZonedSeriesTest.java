package org.reachable.adapters.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.HomeWeek;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.service.ImportAs;
import org.reachable.domain.status.Occurrence;
import org.reachable.domain.status.StatusResolver;

/**
 * DESIGN.md, Time, for repeating entries: a weekly series that arrives with a zone of its own keeps
 * that zone and its instants through import, schedule.ics, reading in another home zone and a
 * home-zone change, in every week of the year, also the weeks in which only one of the two zones
 * keeps summer time (America/New_York against Europe/Amsterdam: 14 and 21 March, 31 October 2027).
 * Europe/London and Europe/Amsterdam change their clocks at the same instant (01:00 UTC), so a
 * London call is 15:00 in Amsterdam in every week; New York shows the weeks that differ.
 */
class ZonedSeriesTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Two weekly calls as a calendar app exports them: Tuesdays 14:00 London, Tuesdays 10:00 New York. */
    static final String CALLS = IcsFixtures.calendar(
            "BEGIN:VEVENT", "UID:london-weekly", "SUMMARY:Weekly call with the London office",
            "DTSTART;TZID=Europe/London:20270105T140000", "DTEND;TZID=Europe/London:20270105T150000",
            "RRULE:FREQ=WEEKLY;BYDAY=TU", "END:VEVENT",
            "BEGIN:VEVENT", "UID:ny-weekly", "SUMMARY:Stand-up New York",
            "DTSTART;TZID=America/New_York:20270105T100000", "DTEND;TZID=America/New_York:20270105T103000",
            "RRULE:FREQ=WEEKLY;BYDAY=TU", "END:VEVENT");

    static Schedule imported() throws Exception {
        return new IcsImport().read(CALLS.getBytes(StandardCharsets.UTF_8), "calls.ics", AMSTERDAM,
                ImportAs.FOCUS, Set.of()).entries();
    }

    static Weekly when(Schedule schedule, String uid) {
        return (Weekly) ((FocusBlock) schedule.entries().stream().filter(e -> e.uid().equals(uid)).findFirst()
                .orElseThrow()).when();
    }

    static List<Instant> starts(Schedule schedule, String uid) {
        List<Instant> starts = new ArrayList<>();
        for (Occurrence o : new StatusResolver(schedule, List.of(), Optional.empty())
                .agenda(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"))) {
            if (o.entry().uid().equals(uid)) {
                starts.add(o.start());
            }
        }
        return starts;
    }

    /** Every Tuesday of 2027 from 5 January at {@code time} in {@code zone}. */
    static List<Instant> tuesdays(LocalTime time, ZoneId zone) {
        List<Instant> expected = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2027, 1, 5); d.getYear() == 2027; d = d.plusWeeks(1)) {
            expected.add(ZonedDateTime.of(d, time, zone).toInstant());
        }
        return expected;
    }

    @Test
    void aWeeklyCallInLondonTimeKeepsItsZoneAndEveryInstant() throws Exception {
        Schedule schedule = imported();
        Weekly london = when(schedule, "london-weekly");
        assertEquals(LONDON, london.zone());
        assertEquals(TimeRange.of("14:00", "15:00"), london.times(), "its own zone's times, not Amsterdam's 15:00");
        assertEquals(tuesdays(LocalTime.of(14, 0), LONDON), starts(schedule, "london-weekly"));
        assertEquals(TimeRange.of("15:00", "16:00"), HomeWeek.usual(london, AMSTERDAM).times(),
                "on the home clock: 15:00");
    }

    @Test
    void aNewYorkSeriesKeepsTenOClockInTheWeeksOnlyOneZoneKeepsSummerTime() throws Exception {
        Schedule schedule = imported();
        assertEquals(tuesdays(LocalTime.of(10, 0), NEW_YORK), starts(schedule, "ny-weekly"));
        Weekly ny = when(schedule, "ny-weekly");
        assertEquals(TimeRange.of("16:00", "16:30"), HomeWeek.usual(ny, AMSTERDAM).times());
        for (String tuesday : List.of("2027-03-16", "2027-03-23", "2027-11-02")) {
            assertEquals(TimeRange.of("15:00", "15:30"),
                    HomeWeek.inWeekOf(ny, AMSTERDAM, LocalDate.parse(tuesday).minusDays(1)).times(), tuesday);
            StatusResolver resolver = new StatusResolver(schedule, List.of(), Optional.empty());
            Instant at = ZonedDateTime.of(LocalDate.parse(tuesday), LocalTime.of(15, 10), AMSTERDAM).toInstant();
            assertTrue(resolver.agenda(at.minusSeconds(600), at.plusSeconds(1)).stream()
                    .anyMatch(o -> o.entry().uid().equals("ny-weekly") && o.contains(at)),
                    "at 15:10 Amsterdam on " + tuesday + " the stand-up is on");
        }
    }

    @Test
    void scheduleIcsWritesItsZoneAndReadsItBackInAnyHomeZone() throws Exception {
        Schedule schedule = imported();
        String written = IcsCodec.write(schedule);
        assertTrue(written.contains("DTSTART;TZID=Europe/London:20270105T140000"), written);
        assertTrue(written.contains("DTSTART;TZID=America/New_York:20270105T100000"), written);
        assertTrue(written.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"), "its VTIMEZONE is in the file");
        Schedule back = IcsCodec.read(written, "schedule.ics", AMSTERDAM);
        assertEquals(schedule, back);
        Schedule inNewYork = IcsCodec.read(written, "schedule.ics", NEW_YORK);
        assertEquals(tuesdays(LocalTime.of(14, 0), LONDON), starts(inNewYork, "london-weekly"));
        assertNull(when(inNewYork, "ny-weekly").zone(), "in a New York home the New York call is a home entry");
        assertEquals(tuesdays(LocalTime.of(10, 0), NEW_YORK), starts(inNewYork, "ny-weekly"));
    }

    @Test
    void aHomeZoneChangeLeavesItsTimesAlone() throws Exception {
        ScheduleDocument document = new ScheduleDocument(imported());
        document.rezone(ZoneId.of("Asia/Tokyo"));
        assertEquals(tuesdays(LocalTime.of(14, 0), LONDON), starts(document.current(), "london-weekly"));
        assertEquals(tuesdays(LocalTime.of(10, 0), NEW_YORK), starts(document.current(), "ny-weekly"));
        Schedule back = IcsCodec.read(IcsCodec.write(document.current()), "schedule.ics", ZoneId.of("Asia/Tokyo"));
        assertEquals(tuesdays(LocalTime.of(14, 0), LONDON), starts(back, "london-weekly"));
        assertEquals(DayOfWeek.TUESDAY, when(back, "london-weekly").days().iterator().next());
    }
}
