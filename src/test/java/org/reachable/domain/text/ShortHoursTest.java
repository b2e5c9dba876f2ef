package org.reachable.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The week in fewer characters for a field with a length limit (Facebook's intro), in each language. */
class ShortHoursTest {

    private static List<HoursLine> week(ClockRange... ranges) {
        return List.of(new HoursLine(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(ranges)));
    }

    private static ClockRange hours(int from, int to) {
        return new ClockRange(from * 60, to * 60);
    }

    @Test
    void wholeHoursLoseTheirMinutes() {
        List<HoursLine> week = week(hours(8, 10), hours(15, 17));
        assertEquals("ma t/m vr 8–10 en 15–17 uur", Words.dutch().shortSummary(week, DayStyle.SHORT));
        // British English says short hours on the 12-hour clock, am and pm closed up; "8–10 and 15–17" read as a score
        assertEquals("Mon–Fri 8–10am and 3–5pm", Words.english().shortSummary(week, DayStyle.SHORT));
        assertEquals("Mon–Fri 11am–1pm and 8pm–midnight", Words.english().shortSummary(week(hours(11, 13),
                hours(20, 24)), DayStyle.SHORT));
        assertEquals("Mon–Fri 8–10 am and 3–5 pm", Words.english(true, true).shortSummary(week, DayStyle.SHORT));
    }

    /** On the 12-hour clock a range across noon says both halves; noon and midnight keep their words. */
    @Test
    void americanRangesAcrossNoonSayEachEnd() {
        List<HoursLine> week = week(hours(11, 13), hours(20, 24));
        assertEquals("Mon–Fri 11 am–1 pm and 8 pm–midnight", Words.english(true, true).shortSummary(week,
                DayStyle.SHORT));
        assertEquals("Mon–Fri 10 am–noon", Words.english(true, true).shortSummary(week(hours(10, 12)),
                DayStyle.SHORT));
    }

    @Test
    void aHalfHourKeepsTheFullTimes() {
        List<HoursLine> week = week(new ClockRange(8 * 60 + 30, 10 * 60));
        assertEquals("ma t/m vr 8.30–10.00 uur", Words.dutch().shortSummary(week, DayStyle.SHORT));
    }
}
