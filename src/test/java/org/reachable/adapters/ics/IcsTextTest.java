package org.reachable.adapters.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IcsTextTest {

    @Test
    void textIsEscapedAsRfc5545Says() {
        assertEquals("a\\, b\\; c\\\\ d\\ne\\nf", IcsText.escape("a, b; c\\ d\ne\r\nf"));
        assertEquals("plain één 😀", IcsText.escape("plain één 😀"));
        assertEquals("bell", IcsText.escape("be\u0007ll"));
    }

    @Test
    void unescapingUndoesEscaping() {
        String text = "a, b; c\\ d\ne 😀 \\x";
        assertEquals(text, RawCalendar.unescape(IcsText.escape(text)));
        assertEquals("A\nB", RawCalendar.unescape("A\\NB"));
    }

    @Test
    void foldingNeverSplitsACharacterAndKeepsLinesAt75Octets() {
        String line = "SUMMARY:" + "é😀a".repeat(40);
        StringBuilder out = new StringBuilder();
        IcsText.appendFolded(out, line);
        String[] physical = out.toString().split("\r\n");
        assertTrue(physical.length > 1);
        StringBuilder unfolded = new StringBuilder(physical[0]);
        for (int i = 1; i < physical.length; i++) {
            assertTrue(physical[i].startsWith(" "));
            unfolded.append(physical[i].substring(1));
        }
        for (String p : physical) {
            assertTrue(p.getBytes(StandardCharsets.UTF_8).length <= 75, p);
            assertTrue(!Character.isLowSurrogate(p.charAt(p.startsWith(" ") ? 1 : 0)), "split surrogate pair: " + p);
        }
        assertEquals(line, unfolded.toString());
    }

    @Test
    void aShortAsciiLineIsLeftAlone() {
        StringBuilder out = new StringBuilder();
        IcsText.appendFolded(out, "X".repeat(75));
        assertEquals("X".repeat(75) + "\r\n", out.toString());
    }

    @Test
    void ical4jWillNotFetchTimeZoneDefinitionsOnline() {
        // Its updater follows a VTIMEZONE's TZURL only when this property says anything but "false";
        // the default is off and this codec never sets it.
        assertEquals(null, System.getProperty("net.fortuna.ical4j.timezone.update.enabled"));
        assertFalse(new TimeZoneUpdater().isEnabled());
    }

    @Test
    void datesTimesAndOffsetsAreWrittenInBasicFormat() {
        assertEquals("20260105", IcsText.date(LocalDate.of(2026, 1, 5)));
        assertEquals("20260105T090702", IcsText.dateTime(LocalDateTime.of(2026, 1, 5, 9, 7, 2, 999)));
        assertEquals("+0530", IcsText.offset(java.time.ZoneOffset.ofHoursMinutes(5, 30)));
        assertEquals("-001730", IcsText.offset(java.time.ZoneOffset.ofTotalSeconds(-(17 * 60 + 30))));
        assertEquals("\"+02:00\"", IcsText.paramValue("+02:00"));
        assertEquals("Europe/Amsterdam", IcsText.paramValue("Europe/Amsterdam"));
    }

    /** java.time's zones, without the "ical4j~…" ones ical4j registers with java.time as it parses. */
    static List<String> javaZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(id -> !id.startsWith("ical4j")).sorted().toList();
    }

    @Test
    void everyZoneJavaKnowsGetsAVtimezoneNamedAfterIt() {
        for (String id : javaZones()) {
            List<String> lines = VTimeZones.linesFor(ZoneId.of(id));
            assertEquals("BEGIN:VTIMEZONE", lines.get(0), id);
            assertEquals("TZID:" + id, lines.get(1), id);
            assertEquals("END:VTIMEZONE", lines.get(lines.size() - 1), id);
            assertTrue(lines.stream().noneMatch(l -> l.startsWith("TZURL")), id);
        }
    }

    /**
     * ical4j 4.4.0 itself misreads the bundled VTIMEZONE of about 77 of 590 zones (an observance
     * that starts with an RDATE after a later-starting RRULE one is ignored: Europe/Moscow,
     * America/Sao_Paulo, Europe/Istanbul…), which is why the reader never asks a VTIMEZONE for a
     * zone java.time knows. The zones here are read right.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Europe/Amsterdam", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
        "Pacific/Auckland", "Pacific/Chatham", "Europe/London", "UTC"})
    void theBundledVtimezoneGivesTheSameInstantsAsJavaTime(String id) throws Exception {
        ZoneId zone = ZoneId.of(id);
        StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n");
        VTimeZones.linesFor(zone).forEach(l -> text.append(l).append("\r\n"));
        LocalDateTime[] times = {LocalDateTime.of(2026, 1, 15, 9, 0), LocalDateTime.of(2026, 7, 15, 9, 0),
            LocalDateTime.of(2031, 10, 1, 23, 30)};
        for (int i = 0; i < times.length; i++) {
            // a TZID ical4j cannot resolve by name, so that it must use the VTIMEZONE in the file
            text.append("BEGIN:VEVENT\r\nUID:").append(i).append("\r\nDTSTAMP:20000101T000000Z\r\n")
                    .append("DTSTART;TZID=").append(IcsText.paramValue(id)).append(':')
                    .append(IcsText.dateTime(times[i])).append("\r\nEND:VEVENT\r\n");
        }
        text.append("END:VCALENDAR\r\n");
        List<VEvent> events = IcsFixtures.parsedByIcal4j(text.toString()).getComponents(Component.VEVENT);
        for (int i = 0; i < times.length; i++) {
            Instant parsed = ((ZonedDateTime) events.get(i).getStartDate().orElseThrow().getDate()).toInstant();
            assertEquals(ZonedDateTime.of(times[i], zone).toInstant(), parsed, id + " " + times[i]);
        }
    }

    /** The fallback for zones ical4j has no file for; checked also on zones whose bundled file ical4j misreads. */
    @Test
    void aVtimezoneGeneratedFromJavaTimeIsReadRightByIcal4j() throws Exception {
        LocalDateTime[] times = {LocalDateTime.of(2026, 1, 15, 9, 0), LocalDateTime.of(2026, 7, 15, 9, 0)};
        StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n");
        List<String> ids = List.of("Europe/Moscow", "America/Sao_Paulo", "Europe/Istanbul", "Australia/Darwin",
                "Africa/Windhoek", "Pacific/Fiji", "America/New_York", "Australia/Lord_Howe", "Europe/Amsterdam",
                "SystemV/EST5EDT");
        for (String id : ids) {
            VTimeZones.generated(ZoneId.of(id)).forEach(l -> text.append(l).append("\r\n"));
        }
        for (String id : ids) {
            for (LocalDateTime time : times) {
                text.append("BEGIN:VEVENT\r\nUID:").append(id).append(time).append("\r\nDTSTAMP:20000101T000000Z\r\n")
                        .append("DTSTART;TZID=").append(IcsText.paramValue(id)).append(':')
                        .append(IcsText.dateTime(time)).append("\r\nEND:VEVENT\r\n");
            }
        }
        text.append("END:VCALENDAR\r\n");
        List<VEvent> events = IcsFixtures.parsedByIcal4j(text.toString()).getComponents(Component.VEVENT);
        int i = 0;
        for (String id : ids) {
            for (LocalDateTime time : times) {
                Instant parsed = ((ZonedDateTime) events.get(i++).getStartDate().orElseThrow().getDate()).toInstant();
                assertEquals(ZonedDateTime.of(time, ZoneId.of(id)).toInstant(), parsed, id + " " + time);
            }
        }
    }

    @Test
    void theVtimezoneOfAScheduleOfThisDecadeCarriesOnlyTheRulesInUse() throws Exception {
        List<String> full = VTimeZones.linesFor(ZoneId.of("Europe/Amsterdam"));
        List<String> trimmed = VTimeZones.linesFor(ZoneId.of("Europe/Amsterdam"), java.time.LocalDate.of(2025, 1, 1));
        assertTrue(full.size() > 100, "bundled: " + full.size());
        assertTrue(trimmed.size() <= 20, String.join("\n", trimmed));
        // the two rules in use since 1996: CEST from the last Sunday of March, CET from the last of October
        assertTrue(trimmed.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"), String.join("\n", trimmed));
        assertTrue(trimmed.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"), String.join("\n", trimmed));
        // and ical4j reads times in and around both changes of 2026 right from it
        for (String id : List.of("Europe/Amsterdam", "America/New_York", "Australia/Lord_Howe", "Europe/London")) {
            ZoneId zone = ZoneId.of(id);
            StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n");
            VTimeZones.linesFor(zone, java.time.LocalDate.of(2025, 1, 1)).forEach(l -> text.append(l).append("\r\n"));
            LocalDateTime[] times = {LocalDateTime.of(2025, 1, 2, 9, 0), LocalDateTime.of(2026, 3, 30, 9, 0),
                LocalDateTime.of(2026, 7, 15, 9, 0), LocalDateTime.of(2026, 10, 26, 9, 0), LocalDateTime.of(2031, 12, 1, 9, 0)};
            for (int i = 0; i < times.length; i++) {
                text.append("BEGIN:VEVENT\r\nUID:").append(i).append("\r\nDTSTAMP:20000101T000000Z\r\n")
                        .append("DTSTART;TZID=").append(IcsText.paramValue(id)).append(':')
                        .append(IcsText.dateTime(times[i])).append("\r\nEND:VEVENT\r\n");
            }
            text.append("END:VCALENDAR\r\n");
            List<VEvent> events = IcsFixtures.parsedByIcal4j(text.toString()).getComponents(Component.VEVENT);
            for (int i = 0; i < times.length; i++) {
                Instant parsed = ((ZonedDateTime) events.get(i).getStartDate().orElseThrow().getDate()).toInstant();
                assertEquals(ZonedDateTime.of(times[i], zone).toInstant(), parsed, id + " " + times[i]);
            }
        }
    }
}
