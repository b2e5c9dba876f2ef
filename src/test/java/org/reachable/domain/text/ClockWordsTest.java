package org.reachable.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockWordsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Monday 30 November 2026, 9:00 in Amsterdam. */
    private static final Instant MONDAY_NINE = Instant.parse("2026-11-30T08:00:00Z");
    private static final LocalDate ON = LocalDate.of(2026, 11, 23);
    private static final List<HoursLine> WEEK = List.of(new HoursLine(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(new ClockRange(9 * 60, 11 * 60))));

    /** London changes clocks with Amsterdam: the week is said on London's clock, named once. */
    @Test
    void aVoicemailSaysLondonsHoursOnLondonsClockNamedOnce() {
        List<HoursLine> twoLines = List.of(
                new HoursLine(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), List.of(new ClockRange(9 * 60, 11 * 60),
                        new ClockRange(16 * 60, 18 * 60))),
                new HoursLine(EnumSet.of(DayOfWeek.WEDNESDAY), List.of(new ClockRange(9 * 60, 11 * 60))));
        OneClock.Spoken nl = ClockWords.of(Words.dutch(), AMSTERDAM, LONDON).spokenOneClock(twoLines, ON);
        assertEquals("op maandag en dinsdag van acht tot tien en van drie tot vijf uur Britse tijd, en op woensdag"
                + " van acht tot tien uur", nl.hours());
        assertEquals("", nl.note());
        assertEquals(LONDON, nl.zone());
        OneClock.Spoken en = ClockWords.of(Words.english(), AMSTERDAM, LONDON).spokenOneClock(twoLines, ON);
        assertEquals("on Monday and Tuesday from eight to ten and from three to five London time, and on Wednesday"
                + " from eight to ten", en.hours());
    }

    /** New York changes clocks on other Sundays: the home clock, named once, and the usual gap said apart. */
    @Test
    void aVoicemailForNewYorkSaysTheHomeClockAndTheUsualGap() {
        OneClock.Spoken nl = ClockWords.of(Words.dutch(), AMSTERDAM, NEW_YORK).spokenOneClock(WEEK, ON);
        assertEquals("van maandag tot en met vrijdag van negen tot elf uur Nederlandse tijd", nl.hours());
        assertEquals("In New York is het meestal zes uur vroeger.", nl.note());
        assertEquals(AMSTERDAM, nl.zone());
        OneClock.Spoken en = ClockWords.of(Words.english(), AMSTERDAM, NEW_YORK).spokenOneClock(WEEK, ON);
        assertEquals("Monday to Friday from nine to eleven Amsterdam time", en.hours());
        assertEquals("Amsterdam is usually six hours ahead of New York.", en.note());
        OneClock.Spoken tokyo = ClockWords.of(Words.dutch(), AMSTERDAM, ZoneId.of("Asia/Tokyo"))
                .spokenOneClock(WEEK, ON);
        assertEquals("In Tokio is het zeven of acht uur later.", tokyo.note());
        OneClock.Spoken india = ClockWords.of(Words.english(), AMSTERDAM, ZoneId.of("Asia/Kolkata"))
                .spokenOneClock(WEEK, ON);
        assertEquals("Amsterdam is three and a half or four and a half hours behind Kolkata.", india.note());
    }

    @Test
    void aWrittenTimeCarriesTheClientsClockInBrackets() {
        assertEquals("9.00 uur Nederlandse tijd (8.00 uur Britse tijd)",
                ClockWords.of(Words.dutch(), AMSTERDAM, LONDON).time(MONDAY_NINE));
        assertEquals("maandag 30 november vanaf 9.00 uur Nederlandse tijd (8.00 uur Britse tijd)",
                ClockWords.of(Words.dutch(), AMSTERDAM, LONDON).answerFrom(MONDAY_NINE,
                        Instant.parse("2026-11-27T17:30:00Z")));
    }

    @Test
    void aClientWhoseDayDiffersIsToldWhichDay() {
        Instant earlyMonday = Instant.parse("2026-11-30T04:00:00Z"); // 5:00 in Amsterdam, 23:00 Sunday in New York
        assertEquals("5.00 uur Nederlandse tijd (23.00 uur de dag ervoor in New York)",
                ClockWords.of(Words.dutch(), AMSTERDAM, NEW_YORK).time(earlyMonday));
    }

    @Test
    void withoutAClientZoneOrWithTheSameClockOnlyTheHomeTime() {
        assertEquals("9.00 uur", ClockWords.of(Words.dutch(), AMSTERDAM, null).time(MONDAY_NINE));
        ClockWords brussels = ClockWords.of(Words.dutch(), AMSTERDAM, ZoneId.of("Europe/Brussels"));
        assertFalse(brussels.twoClocks());
        assertEquals("van maandag tot en met vrijdag van negen tot elf uur", brussels.spokenOneClock(WEEK, ON).hours());
    }

    @Test
    void aWrittenWeekNamesTheClientsHours() {
        assertEquals("ma t/m vr 9.00–11.00 uur Nederlandse tijd (8.00–10.00 uur Britse tijd)",
                ClockWords.of(Words.dutch(), AMSTERDAM, LONDON).summary(WEEK, DayStyle.SHORT, ON));
    }

    @Test
    void anAutoReplyOnFridayEveningNamesMondayOnBothClocks() {
        Instant fridayEvening = Instant.parse("2026-11-27T17:30:00Z");
        // a reply comes once, after the time ("reageer maandag vanaf 9.00 uur" made it last)
        assertEquals("maandag na 9.00 uur Nederlandse tijd (8.00 uur Britse tijd)",
                ClockWords.of(Words.dutch(), AMSTERDAM, LONDON).replyAfter(MONDAY_NINE, fridayEvening, false));
        assertEquals("maandag na 9.00 uur",
                ClockWords.of(Words.dutch(), AMSTERDAM, null).replyAfter(MONDAY_NINE, fridayEvening, false));
        assertEquals("on Monday after 9:00",
                ClockWords.of(Words.english(), AMSTERDAM, null).replyAfter(MONDAY_NINE, fridayEvening, false));
    }
}
