package org.reachable.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reachable.domain.text.Weeks.WORKDAYS;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenDutchTest {

    private static final Words NL = Words.dutch();

    private static String ranges(String... fromTo) {
        ClockRange[] ranges = new ClockRange[fromTo.length / 2];
        for (int i = 0; i < ranges.length; i++) {
            ranges[i] = ClockRange.of(fromTo[2 * i], fromTo[2 * i + 1]);
        }
        return NL.spokenTimes(List.of(ranges));
    }

    @ParameterizedTest(name = "{0} is said as \"{1}\"")
    @CsvSource({
        "09:00, negen uur",
        "09:05, vijf over negen",
        "09:10, tien over negen",
        "09:15, kwart over negen",
        "09:20, tien voor half tien",
        "09:25, vijf voor half tien",
        "09:30, half tien",
        "09:35, vijf over half tien",
        "09:40, tien over half tien",
        "09:45, kwart voor tien",
        "09:50, tien voor tien",
        "09:55, vijf voor tien",
        "09:23, negen uur drieëntwintig",
        "09:21, negen uur eenentwintig",
        "09:42, negen uur tweeënveertig",
        "09:07, negen uur zeven",
        "12:00, twaalf uur",
        "12:30, half een",
        "16:00, vier uur",
        "18:00, zes uur",
    })
    void aTimeInTheWorkingDayIsSaidTheWayDutchSpeakersSayIt(String time, String spoken) {
        assertEquals(spoken, NL.spokenTime(LocalTime.parse(time)));
    }

    @ParameterizedTest(name = "{0} is said as \"{1}\"")
    @CsvSource({
        "06:30, half zeven 's ochtends",
        "18:30, half zeven 's avonds",
        "20:00, acht uur 's avonds",
        "02:00, twee uur 's nachts",
        "23:45, kwart voor twaalf 's avonds",
        "00:00, middernacht",
    })
    void aTimeOutsideTheWorkingDaySaysWhichPartOfTheDay(String time, String spoken) {
        assertEquals(spoken, NL.spokenTime(LocalTime.parse(time)));
    }

    @Test
    void aRangeSaysUurOnlyAfterTheLastWholeHour() {
        assertEquals("van negen tot elf uur", ranges("09:00", "11:00"));
        assertEquals("van negen tot elf en van vier tot zes uur", ranges("09:00", "11:00", "16:00", "18:00"));
    }

    @Test
    void halfAndKwartNeverTakeUur() {
        assertEquals("van half tien tot kwart over elf", ranges("09:30", "11:15"));
        assertEquals("van negen tot half elf en van vier tot zes uur", ranges("09:00", "10:30", "16:00", "18:00"));
    }

    @Test
    void anEveningRangeSaysSAvondsOnce() {
        assertEquals("van zes tot tien uur 's avonds", ranges("18:00", "22:00"));
        assertEquals("van zes tot negen uur 's ochtends", ranges("06:00", "09:00"));
    }

    @Test
    void aNightShiftSaysBothPartsOfTheDay() {
        assertEquals("van tien uur 's avonds tot twee uur 's nachts", ranges("22:00", "02:00"));
    }

    @Test
    void aDayRunningIntoTheEveningNamesOnlyTheEvening() {
        assertEquals("van negen uur tot acht uur 's avonds", ranges("09:00", "20:00"));
    }

    @Test
    void midnightIsMiddernacht() {
        assertEquals("van acht uur 's avonds tot middernacht", ranges("20:00", "00:00"));
        assertEquals("van middernacht tot zes uur 's ochtends", ranges("00:00", "06:00"));
    }

    @Test
    void theVoicemailLineForTheExampleWeekReadsAsOneSentence() {
        HoursLine line = new HoursLine(WORKDAYS, List.of(ClockRange.of("09:00", "11:00"), ClockRange.of("16:00", "18:00")));
        assertEquals("van maandag tot en met vrijdag van negen tot elf en van vier tot zes uur", NL.spokenLine(line));
    }

    @Test
    void theWholeExamplePhoneWeekReadAloudIncludesTheShorterWednesday() {
        // the comma is a pause: without it "… tot zes uur en op woensdag" is heard as one more range
        assertEquals("op maandag, dinsdag, donderdag en vrijdag van negen tot elf en van vier tot zes uur, "
                + "en op woensdag van negen tot elf en van vijf tot zes uur",
                NL.spokenSummary(WeeklyHours.forChannel(Weeks.example(), "phone")));
    }
}
