package org.reachable.adapters.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reachable.adapters.ics.IcsFixtures.AMSTERDAM;
import static org.reachable.adapters.ics.IcsFixtures.LORD_HOWE;
import static org.reachable.adapters.ics.IcsFixtures.NEW_YORK;
import static org.reachable.adapters.ics.IcsFixtures.WORKDAYS;
import static org.reachable.adapters.ics.IcsFixtures.many;
import static org.reachable.adapters.ics.IcsFixtures.parsedByIcal4j;
import static org.reachable.adapters.ics.IcsFixtures.rich;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

class IcsCodecRoundTripTest {

    @Test
    void aRichScheduleReadsBackEqual() throws Exception {
        Schedule schedule = rich(AMSTERDAM);
        assertEquals(schedule, IcsCodec.read(IcsCodec.write(schedule), "schedule.ics", AMSTERDAM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC", "+02:00", "Z"})
    void schedulesInOtherZonesReadBackEqual(String zoneId) throws Exception {
        ZoneId zone = ZoneId.of(zoneId);
        Schedule schedule = rich(zone);
        String text = IcsCodec.write(schedule);
        assertEquals(schedule, IcsCodec.read(text, "schedule.ics", zone));
        assertTrue(text.contains("X-WR-TIMEZONE:" + zoneId + "\r\n"), "X-WR-TIMEZONE names " + zoneId);
    }

    /**
     * Weekly entries whose first day is a clock-change day (or the evening before) keep their times:
     * the file says DURATION, the wall-clock length, and the reader adds it on the wall clock, so
     * 01:30-03:30 on 2026-03-29 in Amsterdam (one real hour that day) reads back as 01:30-03:30, not
     * 01:30-04:30, and 02:30-04:00, which starts in the gap, as 02:30-04:00.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Europe/Amsterdam", "America/New_York", "Australia/Lord_Howe"})
    void weeklyEntriesWhoseFirstDayIsAClockChangeReadBackEqual(String zoneId) throws Exception {
        ZoneId zone = ZoneId.of(zoneId);
        List<ScheduleEntry> entries = new ArrayList<>();
        ZoneOffsetTransition change = zone.getRules().nextTransition(Instant.parse("2026-01-01T00:00:00Z"));
        for (int i = 0; i < 2; i++, change = zone.getRules().nextTransition(change.getInstant())) {
            LocalDate day = change.getDateTimeBefore().toLocalDate();
            entries.add(changeDayWindow("early-" + i, "01:30", "03:30", day));
            entries.add(changeDayWindow("gap-start-" + i, "02:30", "04:00", day));
            entries.add(changeDayWindow("night-" + i, "22:00", "02:00", day.minusDays(1)));
        }
        Schedule schedule = new Schedule(zone, entries);
        String text = IcsCodec.write(schedule);
        assertEquals(schedule, IcsCodec.read(text, "schedule.ics", zone));
        // DTEND only in the occurrences a clock change touches, spelled out as UTC instants
        assertEquals(count(text, "\r\nRECURRENCE-ID;TZID="), count(text, "\r\nDTEND:"), text);
        assertEquals(count(text, "\r\nDTEND:"), text.split("\r\nDTEND:\\d{8}T\\d{6}Z\r\n", -1).length - 1, text);
        assertTrue(text.contains("RECURRENCE-ID;TZID=" + zoneId + ":"), text);
        assertEquals(2, count(text, "\r\nDURATION:PT2H\r\n"), text);
        assertEquals(2, count(text, "\r\nDURATION:PT1H30M\r\n"), text);
        assertEquals(2, count(text, "\r\nDURATION:PT4H\r\n"), text);
    }

    private static ReachableWindow changeDayWindow(String uid, String from, String to, LocalDate since) {
        return new ReachableWindow(uid, null, new Weekly(EnumSet.allOf(DayOfWeek.class), TimeRange.of(from, to), since),
                Set.of("phone"));
    }

    @Test
    void theWrittenTextHasOneDtstampPerEventAndTheZoneOnEveryTime() {
        Schedule schedule = rich(AMSTERDAM);
        String text = IcsCodec.write(schedule);
        String[] events = text.split("BEGIN:VEVENT\r\n", -1);
        assertEquals(schedule.entries().size() + 1, events.length);
        for (int i = 1; i < events.length; i++) {
            String event = events[i].substring(0, events[i].indexOf("END:VEVENT"));
            assertEquals(1, count(event, "\r\nDTSTAMP:") + (event.startsWith("DTSTAMP:") ? 1 : 0),
                    "one DTSTAMP in " + event);
            assertTrue(event.contains("DTSTART;TZID=Europe/Amsterdam:") || event.contains("DTSTART;VALUE=DATE:"),
                    event);
        }
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\nPRODID:-//Reachable//Reachable 0.1//EN\r\nVERSION:2.0\r\n"
                + "CALSCALE:GREGORIAN\r\nX-WR-CALNAME:Reachable\r\nX-WR-TIMEZONE:Europe/Amsterdam\r\n"), text);
        assertTrue(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n"), "VTIMEZONE for Amsterdam");
        assertFalse(text.contains("Brussels"), "ical4j files Amsterdam under Brussels; the copy must not say so");
        assertEquals(1, count(text, "BEGIN:VTIMEZONE"));
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void eachKindIsWrittenWithItsCategoryTranspAndXProperties() {
        String text = IcsCodec.write(rich(AMSTERDAM));
        // weekly: DTSTART on the first day and DURATION, the wall-clock length, never DTEND (a first
        // day with a clock change would give every occurrence that day's length)
        assertTrue(text.contains("UID:window-morning\r\nDTSTAMP:20000101T000000Z\r\n"
                + "DTSTART;TZID=Europe/Amsterdam:20260101T090000\r\nDURATION:PT2H\r\n"
                + "RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=MO,TU,WE,TH,FR\r\n"
                + "SUMMARY:Bellen en mailen\\, ook voor spoed\\; één keer\r\n"
                + "CATEGORIES:Reachable window\r\nTRANSP:TRANSPARENT\r\nX-REACHABLE-KIND:window\r\n"
                + "X-REACHABLE-CHANNELS:email,phone\r\nEND:VEVENT"), text);
        // crossing midnight: 22:30-01:15 lasts 2 h 45 min
        assertTrue(text.contains("UID:window-late\r\nDTSTAMP:20000101T000000Z\r\n"
                + "DTSTART;TZID=Europe/Amsterdam:20000108T223000\r\n"
                + "DURATION:PT2H45M\r\nRRULE:FREQ=WEEKLY;WKST=MO;BYDAY=SA,SU\r\n"), text);
        assertTrue(text.contains("UID:focus-deep\r\nDTSTAMP:20000101T000000Z\r\n"
                + "DTSTART;TZID=Europe/Amsterdam:20000104T130000\r\n"
                + "DURATION:PT3H30M\r\nRRULE:FREQ=WEEKLY;WKST=MO;BYDAY=TU,TH\r\n"), text);
        // dated: DTSTART and DTEND, also across midnight
        assertTrue(text.contains("UID:focus-once\r\nDTSTAMP:20000101T000000Z\r\n"
                + "DTSTART;TZID=Europe/Amsterdam:20260430T200000\r\n"
                + "DTEND;TZID=Europe/Amsterdam:20260501T020000\r\nSUMMARY:"), text);
        assertTrue(text.contains("UID:extra-saturday\r\nDTSTAMP:20000101T000000Z\r\n"
                + "DTSTART;TZID=Europe/Amsterdam:20260207T100000\r\n"
                + "DTEND;TZID=Europe/Amsterdam:20260207T123000\r\nSUMMARY:"), text);
        // each event has exactly one of the two: DURATION where it repeats, DTEND where it does not
        for (String event : text.split("BEGIN:VEVENT\r\n")) {
            if (event.startsWith("BEGIN:VCALENDAR")) {
                continue;
            }
            event = event.substring(0, event.indexOf("END:VEVENT"));
            boolean weekly = event.contains("\r\nRRULE:");
            assertEquals(weekly ? 1 : 0, count(event, "\r\nDURATION:"), event);
            assertEquals(weekly ? 0 : 1, count(event, "\r\nDTEND"), event);
        }
        assertEquals(3, count(text, "\r\nRRULE:FREQ=WEEKLY;"));
        assertTrue(text.contains("CATEGORIES:Focus\r\nTRANSP:OPAQUE\r\nX-REACHABLE-KIND:focus\r\nEND:VEVENT"), text);
        assertTrue(text.contains("DTSTART;VALUE=DATE:20260720\r\nDTEND;VALUE=DATE:20260801\r\n"), text);
        assertTrue(text.contains("CATEGORIES:Day off\r\nTRANSP:OPAQUE\r\nX-REACHABLE-KIND:day-off\r\n"
                + "X-REACHABLE-REASON:vacation\r\nX-REACHABLE-STAND-IN:Anna de Vries\\, 06-12345678\\; of anna@exam"),
                text);
        assertTrue(text.contains("X-REACHABLE-BACK-ON:20260803\r\nX-REACHABLE-URGENT-OFF:TRUE\r\nEND:VEVENT"), text);
        assertTrue(text.contains("CATEGORIES:Extra window\r\nTRANSP:TRANSPARENT\r\nX-REACHABLE-KIND:extra-window\r\n"
                + "X-REACHABLE-CHANNELS:email,phone,signal\r\n"), text);
        // a day off whose back-on is simply the next day says nothing about it
        String king = text.substring(text.indexOf("UID:off-king"));
        king = king.substring(0, king.indexOf("END:VEVENT"));
        assertFalse(king.contains("BACK-ON") || king.contains("STAND-IN") || king.contains("URGENT"), king);
        assertTrue(king.contains("SUMMARY:Day off\r\n"), king);
    }

    @Test
    void theOutputDependsOnlyOnTheSchedule() {
        assertEquals(IcsCodec.write(rich(AMSTERDAM)), IcsCodec.write(rich(AMSTERDAM)));
        String stamped = IcsCodec.write(rich(AMSTERDAM), Instant.parse("2026-11-26T17:30:05Z"));
        assertTrue(stamped.contains("DTSTAMP:20261126T173005Z\r\n"));
        assertFalse(stamped.contains("DTSTAMP:20000101T000000Z"));
    }

    @Test
    void noPhysicalLineIsLongerThan75OctetsAndEveryLineEndsInCrlf() throws Exception {
        String longText = "Héél lang verhaal 😀 met accenten, komma's; en \\ backslashes. ".repeat(12);
        Schedule schedule = new Schedule(AMSTERDAM, List.of(new FocusBlock("focus-long", longText,
                Weekly.of(WORKDAYS, TimeRange.of("09:00", "10:00")), Set.of())));
        String text = IcsCodec.write(schedule);
        assertFalse(text.replace("\r\n", "").contains("\n") || text.replace("\r\n", "").contains("\r"));
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertFalse(line.isEmpty());
        }
        assertEquals(schedule, IcsCodec.read(text, "schedule.ics", AMSTERDAM));
        VEvent event = parsedByIcal4j(text).<VEvent>getComponents(Component.VEVENT).get(0);
        assertEquals(longText.strip(), event.<Property>getProperty(Property.SUMMARY).orElseThrow().getValue().strip());
    }

    @Test
    void ical4jReadsTheSameInstantsFromTheFile() throws Exception {
        Schedule schedule = rich(LORD_HOWE);
        Calendar calendar = parsedByIcal4j(IcsCodec.write(schedule));
        VEvent once = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("focus-once")).findFirst().orElseThrow();
        DtStart<?> start = once.getStartDate().orElseThrow();
        // 30 April 2026, 20:00 on Lord Howe Island is +10:30 (no DST in April)
        Instant expected = ZonedDateTime.of(LocalDateTime.of(2026, 4, 30, 20, 0), LORD_HOWE).toInstant();
        assertEquals(expected, ((ZonedDateTime) start.getDate()).toInstant());
        assertEquals("2026-04-30T09:30:00Z", expected.toString());
    }

    @Test
    void aScheduleWrittenInNewYorkReadWithAmsterdamAsHomeKeepsItsWallClockTimes() throws Exception {
        // the home zone lives in the profile; the file's zone is a copy: after the user moved the
        // home zone, 9:00 stays 9:00 on the new clock (issue 12), until the file is written again
        Schedule schedule = new Schedule(NEW_YORK, List.of(new FocusBlock("f", "Call",
                new Dated(LocalDateTime.of(2026, 1, 5, 9, 0), LocalDateTime.of(2026, 1, 5, 10, 0)), Set.of())));
        Schedule read = IcsCodec.read(IcsCodec.write(schedule), "schedule.ics", AMSTERDAM);
        assertEquals(AMSTERDAM, read.zone());
        Dated when = (Dated) ((FocusBlock) read.entries().get(0)).when();
        assertEquals(LocalDateTime.of(2026, 1, 5, 9, 0), when.start());
        assertEquals(LocalDateTime.of(2026, 1, 5, 10, 0), when.end());
    }

    @Test
    void anEventInAnotherZoneThanTheFilesKeepsItsInstants() throws Exception {
        // written in a calendar app in New York time, into a file Reachable wrote in Amsterdam time
        String text = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
                "X-WR-TIMEZONE:Europe/Amsterdam", "BEGIN:VEVENT", "UID:f", "DTSTAMP:20260101T000000Z",
                "DTSTART;TZID=America/New_York:20260105T090000", "DTEND;TZID=America/New_York:20260105T100000",
                "SUMMARY:Call", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR", "");
        Schedule read = IcsCodec.read(text, "schedule.ics", AMSTERDAM);
        Dated when = (Dated) ((FocusBlock) read.entries().get(0)).when();
        assertEquals(NEW_YORK, when.zone(), "it keeps its own zone (DESIGN.md, Time)");
        assertEquals(LocalDateTime.of(2026, 1, 5, 15, 0), when.at(AMSTERDAM).start());
        assertEquals(LocalDateTime.of(2026, 1, 5, 16, 0), when.at(AMSTERDAM).end());
    }

    @Test
    void anEmptyScheduleIsAValidCalendar() throws Exception {
        Schedule empty = Schedule.empty(AMSTERDAM);
        String text = IcsCodec.write(empty);
        assertEquals(empty, IcsCodec.read(text, "schedule.ics", AMSTERDAM));
        assertEquals(1, parsedByIcal4j(text).getComponents(Component.VTIMEZONE).size());
    }

    @Test
    void fiveThousandEntriesWriteAndReadBackEqual() throws Exception {
        Schedule schedule = many(AMSTERDAM, 5_000, 42);
        assertEquals(schedule, IcsCodec.read(IcsCodec.write(schedule), "schedule.ics", AMSTERDAM));
    }

    @Test
    void aVavailabilityExportHoldsTheWindowsAsAvailableAndTheRestAsBusyEvents() throws Exception {
        Schedule schedule = rich(AMSTERDAM);
        String text = IcsCodec.writeAvailability(schedule);
        assertEquals(text, IcsCodec.FORMAT.writeAvailability(schedule));
        Calendar calendar = parsedByIcal4j(text);
        List<CalendarComponent> availabilities = calendar.getComponents(Component.VAVAILABILITY);
        assertEquals(1, availabilities.size());
        assertEquals(1, count(text, "BEGIN:VAVAILABILITY"));
        assertEquals(3, count(text, "BEGIN:AVAILABLE"));
        assertEquals(4, calendar.getComponents(Component.VEVENT).size());
        String vavailability = text.substring(text.indexOf("BEGIN:VAVAILABILITY"), text.indexOf("BEGIN:AVAILABLE"));
        assertEquals(1, count(vavailability, "DTSTAMP:"));
        assertFalse(text.substring(text.indexOf("BEGIN:VAVAILABILITY"), text.indexOf("END:VAVAILABILITY"))
                .contains("TRANSP"), "AVAILABLE has no TRANSP");
        assertEquals(count(text, "BEGIN:AVAILABLE") + count(text, "BEGIN:VEVENT") + 1, count(text, "DTSTAMP:"));
    }

    /**
     * What the CLI and the app export through the port: a calendar ical4j accepts, with one VEVENT
     * per entry (counted by hand in {@code rich}), that reads back as the schedule it was made of.
     */
    @Test
    void theFormatPortWritesACalendarThatReadsBackAsTheSchedule() throws Exception {
        Schedule schedule = rich(AMSTERDAM);
        String text = IcsCodec.FORMAT.write(schedule);
        Calendar calendar = parsedByIcal4j(text);
        assertEquals(schedule.entries().size(), calendar.getComponents(Component.VEVENT).size());
        assertTrue(text.contains("X-WR-TIMEZONE:Europe/Amsterdam"), text);
        assertEquals(schedule, IcsCodec.read(text, "schedule.ics", AMSTERDAM));
    }

    @Test
    void uidsWithCommasAndSemicolonsSurvive() throws Exception {
        Schedule schedule = new Schedule(AMSTERDAM, List.of(new ReachableWindow("a,b;c\\d@host", "x",
                Weekly.of(WORKDAYS, TimeRange.of("09:00", "10:00")), Set.of("phone"))));
        assertEquals(schedule, IcsCodec.read(IcsCodec.write(schedule), "schedule.ics", AMSTERDAM));
    }

    @Test
    void aGeneratedVtimezoneHasTheSameOffsetsAsJavaTime() throws Exception {
        // The fallback for zones ical4j has no definition of, checked on a zone with DST.
        List<String> lines = VTimeZones.generated(NEW_YORK);
        StringBuilder sb = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n");
        lines.forEach(l -> sb.append(l).append("\r\n"));
        sb.append("BEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20000101T000000Z\r\n")
                .append("DTSTART;TZID=America/New_York:20260705T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        VEvent event = parsedByIcal4j(sb.toString()).<VEvent>getComponents(Component.VEVENT).get(0);
        Instant parsed = ((ZonedDateTime) event.getStartDate().orElseThrow().getDate()).toInstant();
        assertEquals(ZonedDateTime.of(2026, 7, 5, 9, 0, 0, 0, NEW_YORK).toInstant(), parsed);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("RDATE:")));
    }

    @Test
    void aWeeklyEntryStartsOnItsFirstDayOnOrAfterSince() throws Exception {
        Weekly weekly = new Weekly(Set.of(java.time.DayOfWeek.WEDNESDAY), TimeRange.of("09:00", "10:00"),
                LocalDate.of(2026, 1, 5));
        String text = IcsCodec.write(new Schedule(AMSTERDAM,
                List.of(new ReachableWindow("w", null, weekly, Set.of("phone")))));
        assertTrue(text.contains("DTSTART;TZID=Europe/Amsterdam:20260107T090000"), text);
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
