package org.reachable.adapters.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reachable.adapters.ics.IcsFixtures.AMSTERDAM;
import static org.reachable.adapters.ics.IcsFixtures.calendar;
import static org.reachable.adapters.ics.IcsFixtures.failure;
import static org.reachable.adapters.ics.IcsFixtures.lineOf;
import static org.reachable.adapters.ics.IcsFixtures.rich;

import org.junit.jupiter.api.Test;
import org.reachable.domain.port.StoreException;

/** Each way a file can be wrong gives its own message, on the line to fix. */
class IcsCodecErrorTest {

    private static final String WEEKLY_FOCUS = "SUMMARY:Deep work";

    /** A good weekly focus block; tests swap one line for a bad one. */
    private static String focusWith(String find, String replace) {
        String good = calendar(
                "BEGIN:VEVENT",
                "UID:focus-1",
                "DTSTAMP:20000101T000000Z",
                "DTSTART;TZID=Europe/Amsterdam:20260105T090000",
                "DTEND;TZID=Europe/Amsterdam:20260105T110000",
                "RRULE:FREQ=WEEKLY;BYDAY=MO,WE",
                WEEKLY_FOCUS,
                "TRANSP:OPAQUE",
                "END:VEVENT");
        assertTrue(good.contains(find), find);
        return good.replace(find, replace);
    }

    private static void assertMessage(StoreException e, String... parts) {
        assertTrue(e.getMessage().startsWith("schedule.ics line " + e.line() + ": "), e.getMessage());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' in: " + e.getMessage());
        }
    }

    @Test
    void textThatIsNotICalendarIsRefusedOnItsFirstLine() {
        StoreException e = failure("Dear diary,\nToday I made a schedule.\n");
        assertEquals(1, e.line());
        assertMessage(e, "not an iCalendar file", "BEGIN:VCALENDAR", "Dear diary,");
    }

    @Test
    void jsonSavedUnderTheWrongNameIsRefusedToo() {
        StoreException e = failure("\n\n{\"version\": 1}\n");
        assertEquals(3, e.line());
        assertMessage(e, "not an iCalendar file");
    }

    @Test
    void anEmptyFileSaysItIsEmpty() {
        StoreException e = failure("  \r\n");
        assertEquals(1, e.line());
        assertMessage(e, "empty");
    }

    @Test
    void aFileCutOffInsideAnEventSaysWhereTheEventBegins() {
        String whole = IcsFixtures.ics(IcsCodec.write(rich(AMSTERDAM)).split("\r\n"));
        int cut = whole.indexOf("SUMMARY:Diep werk");
        String truncated = whole.substring(0, cut + 8);
        StoreException e = failure(truncated);
        int begin = lineOf(truncated, "UID:focus-deep") - 1;
        assertEquals(truncated.split("\r\n").length, e.line());
        assertTrue(truncated.endsWith("SUMMARY:"));
        assertMessage(e, "ends in the middle of the VEVENT that begins at line " + begin, "cut off", ".bak");
    }

    @Test
    void aFileCutOffBetweenEventsSaysTheCalendarHasNoEnd() {
        String whole = IcsCodec.write(rich(AMSTERDAM));
        String truncated = whole.substring(0, whole.lastIndexOf("END:VCALENDAR"));
        StoreException e = failure(truncated);
        assertEquals(lineOf(truncated, "END:VEVENT", true), e.line());
        assertMessage(e, "without END:VCALENDAR", "cut off");
    }

    @Test
    void aFileCutAnywhereSaysItIsCutOffAndPointsAtItsLastLine() throws Exception {
        String whole = IcsCodec.write(rich(AMSTERDAM));
        int start = whole.indexOf("END:VTIMEZONE");
        // Cuts up to the last letter of END:VCALENDAR, each of which loses content. A cut after it
        // (at whole.length() - 2 or - 1) loses only the final line break: that calendar is complete
        // and reads as the whole file does (below), so it is not among the cuts.
        int complete = whole.lastIndexOf("END:VCALENDAR") + "END:VCALENDAR".length();
        assertEquals(whole.length() - 2, complete);
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            int cut = start + random.nextInt(complete - start);
            String truncated = whole.substring(0, cut);
            StoreException e = failure(truncated);
            assertTrue(e.reason().contains("cut off"), "cut at " + cut + ": " + e.getMessage());
            assertEquals(truncated.stripTrailing().split("\r\n").length, e.line(), "cut at " + cut);
        }
        for (String withoutLastBreak : new String[] {whole.substring(0, complete), whole.substring(0, complete + 1)}) {
            assertEquals(rich(AMSTERDAM), IcsCodec.read(withoutLastBreak, "schedule.ics", AMSTERDAM));
        }
    }

    @Test
    void aLineWithoutAColonIsNamed() {
        String text = focusWith("SUMMARY:Deep work", "SUMMARY Deep work");
        StoreException e = failure(text);
        assertEquals(lineOf(text, "SUMMARY Deep work"), e.line());
        assertMessage(e, "the line \"SUMMARY Deep work\" has no \":\"", "NAME:value");
    }

    @Test
    void aLineWithoutAColonBeforeTheEndOfAnEventIsNamedNotTheEndOfTheCalendar() {
        String text = focusWith("TRANSP:OPAQUE\r\n", "").replace(WEEKLY_FOCUS, "Just some words");
        StoreException e = failure(text);
        assertEquals(lineOf(text, "Just some words"), e.line());
        assertMessage(e, "has no \":\"");
    }

    @Test
    void aDtstartWithMonth13IsNamedWithItsValue() {
        String text = focusWith("TZID=Europe/Amsterdam:20260105T090000", "TZID=Europe/Amsterdam:20261301T090000");
        StoreException e = failure(text);
        assertEquals(lineOf(text, "DTSTART"), e.line());
        assertMessage(e, "event \"Deep work\"", "DTSTART \"20261301T090000\" is not a valid date-time",
                "there is no month 13");
    }

    @Test
    void aFloatingOrUtcDtstartWithABadDayIsNamedToo() {
        String floating = focusWith("DTSTART;TZID=Europe/Amsterdam:20260105T090000", "DTSTART:20260231T090000");
        assertMessage(failure(floating), "February 2026 has no day 31");
        assertEquals(lineOf(floating, "DTSTART"), failure(floating).line());
        String utc = focusWith("DTSTART;TZID=Europe/Amsterdam:20260105T090000", "DTSTART:20260105T250000Z");
        assertMessage(failure(utc), "there is no hour 25");
    }

    @Test
    void aDtstartThatIsNoDateAtAllSaysHowToWriteOne() {
        String text = focusWith("20260105T090000", "5 januari 9 uur");
        StoreException e = failure(text);
        assertEquals(lineOf(text, "DTSTART"), e.line());
        assertMessage(e, "\"5 januari 9 uur\" is not a date-time", "YYYYMMDDTHHMMSS");
    }

    @Test
    void aBadWholeDayDateIsNamed() {
        String text = calendar("BEGIN:VEVENT", "UID:off", "DTSTART;VALUE=DATE:20260230",
                "DTEND;VALUE=DATE:20260302", "END:VEVENT");
        StoreException e = failure(text);
        assertEquals(lineOf(text, "DTSTART"), e.line());
        assertMessage(e, "DTSTART \"20260230\" is not a valid date", "February 2026 has no day 30");
    }

    @Test
    void anUnknownTimeZoneIsAnErrorNamingIt() {
        String text = focusWith("DTSTART;TZID=Europe/Amsterdam", "DTSTART;TZID=Mars/Olympus_Mons");
        StoreException e = failure(text);
        assertEquals(lineOf(text, "Mars/Olympus_Mons"), e.line());
        assertMessage(e, "\"Mars/Olympus_Mons\"", "not a known time zone", "no VTIMEZONE");
    }

    @Test
    void anEndBeforeTheStartPointsAtDtend() {
        String text = focusWith("DTEND;TZID=Europe/Amsterdam:20260105T110000",
                "DTEND;TZID=Europe/Amsterdam:20260105T080000");
        StoreException e = failure(text);
        assertEquals(lineOf(text, "DTEND"), e.line());
        assertMessage(e, "DTEND 20260105T080000 is before DTSTART 20260105T090000", "must end after it starts");
    }

    @Test
    void aDayOffEndingOnItsFirstDaySaysDtendIsExclusive() {
        String text = calendar("BEGIN:VEVENT", "UID:off", "DTSTART;VALUE=DATE:20260105",
                "DTEND;VALUE=DATE:20260105", "END:VEVENT");
        StoreException e = failure(text);
        assertEquals(lineOf(text, "DTEND"), e.line());
        assertMessage(e, "not after DTSTART", "DTEND;VALUE=DATE:20260106");
    }

    @Test
    void anUnknownWeekdayIsNamed() {
        String text = focusWith("BYDAY=MO,WE", "BYDAY=MO,XX");
        StoreException e = failure(text);
        assertEquals(lineOf(text, "RRULE"), e.line());
        assertMessage(e, "unknown weekday \"XX\"", "MO, TU, WE, TH, FR, SA or SU");
    }

    @Test
    void aMonthlyRepeatIsRefusedNamingTheEventAndTheRule() {
        String text = focusWith("FREQ=WEEKLY;BYDAY=MO,WE", "FREQ=MONTHLY;BYMONTHDAY=5");
        StoreException e = failure(text);
        assertEquals(lineOf(text, "RRULE"), e.line());
        assertMessage(e, "event \"Deep work\"", "repeats monthly", "FREQ=WEEKLY");
    }

    @Test
    void whatASeriesCannotHoldIsRefusedWithAWayOut() {
        String everyOtherDay = focusWith("FREQ=WEEKLY;BYDAY=MO,WE", "FREQ=DAILY;INTERVAL=2");
        StoreException e = failure(everyOtherDay);
        assertEquals(lineOf(everyOtherDay, "RRULE"), e.line());
        assertMessage(e, "every 2 days");
        String lonelyChange = focusWith("TRANSP:OPAQUE",
                "TRANSP:OPAQUE\r\nRECURRENCE-ID;TZID=Europe/Amsterdam:20260107T090000");
        // an event that is itself the series and a change of it: the change has no series to belong to
        assertMessage(failure(lonelyChange), "RECURRENCE-ID");
    }

    @Test
    void aFreeEventWithoutChannelsAsksForThem() {
        String text = focusWith("TRANSP:OPAQUE", "TRANSP:TRANSPARENT");
        StoreException e = failure(text);
        assertEquals(lineOf(text, "TRANSP"), e.line());
        assertMessage(e, "X-REACHABLE-CHANNELS:phone,email", "reachable window");
    }

    @Test
    void anUnknownKindIsNamed() {
        String text = focusWith("TRANSP:OPAQUE", "TRANSP:OPAQUE\r\nX-REACHABLE-KIND:lunch");
        StoreException e = failure(text);
        assertEquals(lineOf(text, "X-REACHABLE-KIND"), e.line());
        assertMessage(e, "unknown entry kind 'lunch'", "window, focus, day-off or extra-window");
    }

    @Test
    void aWindowMarkedAsSuchNeedsChannelsAndTheDomainSaysSoOnTheEventLine() {
        String text = focusWith("TRANSP:OPAQUE", "TRANSP:TRANSPARENT\r\nX-REACHABLE-KIND:window");
        StoreException e = failure(text);
        assertEquals(lineOf(text, "BEGIN:VEVENT"), e.line());
        assertMessage(e, "has no channel; pick at least one");
    }

    @Test
    void aOneOffLongerThanADayIsRefusedByTheDomainOnTheEventLine() {
        String text = calendar("BEGIN:VEVENT", "UID:long", "DTSTART;TZID=Europe/Amsterdam:20260105T090000",
                "DTEND;TZID=Europe/Amsterdam:20260107T090000", "SUMMARY:Retreat", "END:VEVENT");
        StoreException e = failure(text);
        assertEquals(lineOf(text, "BEGIN:VEVENT"), e.line());
        assertMessage(e, "event \"Retreat\"", "longer than a day");
    }

    @Test
    void twoEventsWithOneUidAreRefusedOnTheSecond() {
        String event = "BEGIN:VEVENT\r\nUID:same\r\nDTSTART;VALUE=DATE:20260105\r\nEND:VEVENT";
        String text = calendar(event, event.replace("20260105", "20260112"));
        StoreException e = failure(text);
        assertEquals(lineOf(text, "20260112") - 1, e.line());
        assertMessage(e, "the event at line 4 has the same UID \"same\"");
    }

    @Test
    void anEventWithoutStartOrUidIsNamed() {
        String noStart = calendar("BEGIN:VEVENT", "UID:x", "SUMMARY:Nothing", "END:VEVENT");
        StoreException e = failure(noStart);
        assertEquals(lineOf(noStart, "BEGIN:VEVENT"), e.line());
        assertMessage(e, "event \"Nothing\"", "no DTSTART");
        assertMessage(failure(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20260105", "END:VEVENT")), "no UID");
    }

    @Test
    void badDayOffPropertiesAreNamed() {
        String dayOff = calendar("BEGIN:VEVENT", "UID:off", "DTSTART;VALUE=DATE:20260105",
                "X-REACHABLE-REASON:party", "END:VEVENT");
        assertEquals(lineOf(dayOff, "X-REACHABLE-REASON"), failure(dayOff).line());
        assertMessage(failure(dayOff), "unknown reason \"party\"");
        String backOn = dayOff.replace("X-REACHABLE-REASON:party", "X-REACHABLE-BACK-ON:20260132");
        assertMessage(failure(backOn), "January 2026 has no day 32");
        String backTooEarly = dayOff.replace("X-REACHABLE-REASON:party", "X-REACHABLE-BACK-ON:20260101");
        assertMessage(failure(backTooEarly), "must be after the last day");
        String urgent = dayOff.replace("X-REACHABLE-REASON:party", "X-REACHABLE-URGENT-OFF:yes");
        assertMessage(failure(urgent), "TRUE or FALSE");
    }

    @Test
    void aTimedDayOffAndAWholeDayFocusBlockSayWhatToWrite() {
        String timedOff = focusWith("TRANSP:OPAQUE", "X-REACHABLE-KIND:day-off");
        assertMessage(failure(timedOff), "a day off takes whole days");
        String wholeDayFocus = calendar("BEGIN:VEVENT", "UID:f", "DTSTART;VALUE=DATE:20260105",
                "X-REACHABLE-KIND:focus", "END:VEVENT");
        assertMessage(failure(wholeDayFocus), "a focus block needs a start and an end time");
    }

    @Test
    void aLineNumberCountsFoldedLines() {
        String longSummary = "SUMMARY:" + "x".repeat(200);
        String folded = longSummary.substring(0, 75) + "\r\n " + longSummary.substring(75, 149) + "\r\n "
                + longSummary.substring(149);
        String text = focusWith("TRANSP:OPAQUE", "TRANSP:OPAQUE\r\n" + folded).replace(WEEKLY_FOCUS + "\r\n", "")
                .replace("20260105T090000", "20261301T090000");
        String moved = text.replace("DTSTART;TZID=Europe/Amsterdam:20261301T090000\r\n", "")
                .replace("END:VEVENT", "DTSTART;TZID=Europe/Amsterdam:20261301T090000\r\nEND:VEVENT");
        StoreException e = failure(moved);
        assertEquals(lineOf(moved, "DTSTART"), e.line());
    }

    @Test
    void onlyStoreExceptionsComeOut() {
        String[] nasty = {"BEGIN:VCALENDAR\r\n", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n",
            "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\n", "BEGIN:VCALENDAR\r\n;;;\r\nEND:VCALENDAR\r\n",
            "BEGIN:VCALENDAR\r\nDTSTART;TZID=\"unclosed:1\r\nEND:VCALENDAR\r\n", "\u0000\u0001\u0002",
            calendar("BEGIN:VEVENT", "UID:x", "DTSTART:20260105T090000", "DURATION:PXYZ", "END:VEVENT"),
            calendar("BEGIN:VEVENT", "UID:x", "DTSTART:20260105T090000", "DTEND:20260105T100000",
                "RRULE:FREQ=WEEKLY;UNTIL=2026", "END:VEVENT"),
            calendar("BEGIN:VEVENT", "UID:x", "DTSTART:20260105T090000", "DTEND:20260105T100000",
                "RRULE:BYDAY=MO", "END:VEVENT")};
        for (String text : nasty) {
            StoreException e = failure(text);
            assertTrue(e.line() >= 0 && !e.reason().isBlank(), e.getMessage());
        }
    }
}
