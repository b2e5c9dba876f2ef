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

    @Test
    void aVoicemailSaysBothClocksAloud() {
        assertEquals("negen uur Nederlandse tijd, acht uur in Londen",
                ClockWords.of(Words.dutch(), AMSTERDAM, LONDON).spokenTime(MONDAY_NINE));
        assertEquals("nine o'clock Amsterdam time, eight o'clock in London",
                ClockWords.of(Words.english(), AMSTERDAM, LONDON).spokenTime(MONDAY_NINE));
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
        assertEquals("negen uur", brussels.spokenTime(MONDAY_NINE));
    }

    @Test
    void aWeekReadAloudNamesTheClientsHours() {
        assertEquals("van maandag tot en met vrijdag van negen tot elf uur Nederlandse tijd, van acht tot tien uur"
                + " in Londen", ClockWords.of(Words.dutch(), AMSTERDAM, LONDON).spokenSummary(WEEK, ON));
        assertEquals("ma t/m vr 9.00–11.00 uur Nederlandse tijd (8.00–10.00 uur Britse tijd)",
                ClockWords.of(Words.dutch(), AMSTERDAM, LONDON).summary(WEEK, DayStyle.SHORT, ON));
    }

    @Test
    void anAutoReplyOnFridayEveningNamesMondayOnBothClocks() {
        Instant fridayEvening = Instant.parse("2026-11-27T17:30:00Z");
        assertEquals("maandag vanaf 9.00 uur Nederlandse tijd (8.00 uur Britse tijd)",
                ClockWords.of(Words.dutch(), AMSTERDAM, LONDON).replyFrom(MONDAY_NINE, fridayEvening, false));
        assertEquals("maandag vanaf 9.00 uur",
                ClockWords.of(Words.dutch(), AMSTERDAM, null).replyFrom(MONDAY_NINE, fridayEvening, false));
    }
}
