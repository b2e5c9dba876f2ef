package org.reachable.domain.text;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reachable.domain.text.Weeks.WORKDAYS;
import static org.reachable.domain.text.Weeks.days;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WrittenTimesTest {

    private static final Words NL = Words.dutch();
    private static final Words GB = Words.english();
    private static final Words US = Words.english(true, true);
    private static final List<ClockRange> MORNING = List.of(ClockRange.of("09:00", "11:00"));
    private static final List<ClockRange> TWICE = List.of(ClockRange.of("09:00", "11:00"),
            ClockRange.of("16:00", "18:00"));

    @Test
    void dutchWritesAFullStopAndUurAfterTheTime() {
        assertEquals("9.00 uur", NL.time(LocalTime.of(9, 0)));
        assertEquals("9.30 uur", NL.time(LocalTime.of(9, 30)));
        assertEquals("16.05 uur", NL.time(LocalTime.of(16, 5)));
    }

    @Test
    void dutchPutsAnEnDashBetweenTimesAndUurOnceAtTheEnd() {
        assertEquals("9.00–11.00 uur", NL.times(MORNING));
        assertEquals("9.00–11.00 en 16.00–18.00 uur", NL.times(TWICE));
        assertEquals("8.00–10.00, 12.00–13.00 en 16.00–18.00 uur", NL.times(List.of(ClockRange.of("08:00", "10:00"),
                ClockRange.of("12:00", "13:00"), ClockRange.of("16:00", "18:00"))));
    }

    @Test
    void dutchInASentenceSaysVanTot() {
        assertEquals("van 9.00 tot 11.00 uur", NL.timesInSentence(MORNING));
        assertEquals("van 9.00 tot 11.00 en van 16.00 tot 18.00 uur", NL.timesInSentence(TWICE));
    }

    @Test
    void britishEnglishWritesA24HourClockWithAColon() {
        assertEquals("9:00", GB.time(LocalTime.of(9, 0)));
        assertEquals("9:00–11:00", GB.times(MORNING));
        assertEquals("9:00–11:00 and 16:00–18:00", GB.times(TWICE));
        assertEquals("from 9:00 to 11:00 and from 16:00 to 18:00", GB.timesInSentence(TWICE));
    }

    @Test
    void americanEnglishWritesAmAndPm() {
        assertEquals("9 am", US.time(LocalTime.of(9, 0)));
        assertEquals("9:30 am", US.time(LocalTime.of(9, 30)));
        assertEquals("4:05 pm", US.time(LocalTime.of(16, 5)));
        assertEquals("9–11 am", US.times(MORNING));
        assertEquals("9–11 am and 4–6 pm", US.times(TWICE));
        assertEquals("from 9 to 11 am", US.timesInSentence(MORNING));
    }

    @Test
    void americanEnglishSaysAmOrPmOnceForARangeInOneHalfOfTheDay() {
        assertEquals("9:30–11 am", US.times(List.of(ClockRange.of("09:30", "11:00"))));
        assertEquals("1–5:30 pm", US.times(List.of(ClockRange.of("13:00", "17:30"))));
        assertEquals("11 am–1 pm", US.times(List.of(ClockRange.of("11:00", "13:00"))));
        assertEquals("11:30 am–1 pm", US.times(List.of(ClockRange.of("11:30", "13:00"))));
        assertEquals("12:30–2 pm", US.times(List.of(ClockRange.of("12:30", "14:00"))));
        assertEquals("from 11 am to 1 pm", US.timesInSentence(List.of(ClockRange.of("11:00", "13:00"))));
    }

    @Test
    void americanEnglishSaysNoonAndMidnightRatherThan12AmOr12Pm() {
        assertEquals("9 am–noon", US.times(List.of(ClockRange.of("09:00", "12:00"))));
        assertEquals("8 pm–midnight", US.times(List.of(ClockRange.of("20:00", "00:00"))));
        assertEquals("12:30 pm", US.time(LocalTime.of(12, 30)));
    }

    @Test
    void aNightShiftEndsOnTheNextDaysClock() {
        List<ClockRange> night = List.of(ClockRange.of("22:00", "02:00"));
        assertEquals("22.00–2.00 uur", NL.times(night));
        assertEquals("22:00–2:00", GB.times(night));
        assertEquals("10 pm–2 am", US.times(night));
    }

    @Test
    void anEveningUntilMidnightEndsAt24() {
        List<ClockRange> evening = List.of(ClockRange.of("20:00", "00:00"));
        assertEquals("20.00–24.00 uur", NL.times(evening));
        assertEquals("20:00–24:00", GB.times(evening));
    }

    @Test
    void theWholeDayIsSaidInWords() {
        assertEquals("de hele dag", NL.times(List.of(ClockRange.wholeDay())));
        assertEquals("all day", GB.timesInSentence(List.of(ClockRange.wholeDay())));
    }

    @Test
    void aLineIsDaysThenTimes() {
        HoursLine line = new HoursLine(WORKDAYS, TWICE);
        assertEquals("ma t/m vr 9.00–11.00 en 16.00–18.00 uur", NL.line(line, DayStyle.SHORT));
        assertEquals("maandag t/m vrijdag 9.00–11.00 en 16.00–18.00 uur", NL.line(line, DayStyle.LONG));
        assertEquals("Mon–Fri 9:00–11:00 and 16:00–18:00", GB.line(line, DayStyle.SHORT));
        assertEquals("Monday to Friday 9–11 am and 4–6 pm", US.line(line, DayStyle.LONG));
        assertEquals("za en zo de hele dag",
                NL.line(HoursLine.of(days(SATURDAY, SUNDAY), ClockRange.wholeDay()), DayStyle.SHORT));
    }

    @Test
    void theLocaleChoosesTheLanguageAndTheUsChoosesTheTwelveHourClock() {
        assertEquals("9.00–11.00 uur", Words.forLocale(Locale.forLanguageTag("nl-NL")).times(MORNING));
        assertEquals("9.00–11.00 uur", Words.forLocale(Locale.forLanguageTag("nl-BE")).times(MORNING));
        assertEquals("9:00–11:00", Words.forLocale(Locale.UK).times(MORNING));
        assertEquals("9:00–11:00", Words.forLocale(Locale.ENGLISH).times(MORNING));
        assertEquals("9–11 am", Words.forLocale(Locale.US).times(MORNING));
        assertEquals("en", Words.forLocale(Locale.GERMANY).language());
    }
}
