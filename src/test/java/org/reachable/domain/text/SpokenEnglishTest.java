package org.reachable.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reachable.domain.text.Weeks.WORKDAYS;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenEnglishTest {

    /** Speech is the same on either side of the Atlantic, so the 12-hour flag changes nothing here. */
    private static final Words EN = Words.english(true, true);

    private static String ranges(String... fromTo) {
        ClockRange[] ranges = new ClockRange[fromTo.length / 2];
        for (int i = 0; i < ranges.length; i++) {
            ranges[i] = ClockRange.of(fromTo[2 * i], fromTo[2 * i + 1]);
        }
        return EN.spokenTimes(List.of(ranges));
    }

    @ParameterizedTest(name = "{0} is said as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "09:00 | nine o'clock",
        "09:05 | five past nine",
        "09:15 | quarter past nine",
        "09:20 | twenty past nine",
        "09:25 | twenty-five past nine",
        "09:30 | half past nine",
        "09:35 | twenty-five to ten",
        "09:45 | quarter to ten",
        "09:55 | five to ten",
        "09:23 | nine twenty-three",
        "09:03 | nine oh three",
        "16:00 | four o'clock",
        "12:00 | twelve o'clock",
        "06:30 | half past six in the morning",
        "20:00 | eight in the evening",
        "22:00 | ten at night",
        "02:00 | two in the morning",
        "00:00 | midnight",
    })
    void aTimeIsSaidTheWayEnglishSpeakersSayIt(String time, String spoken) {
        assertEquals(spoken, EN.spokenTime(LocalTime.parse(time)));
    }

    @Test
    void rangesDropOClock() {
        assertEquals("from nine to eleven", ranges("09:00", "11:00"));
        assertEquals("from nine to eleven and from four to six", ranges("09:00", "11:00", "16:00", "18:00"));
        assertEquals("from half past nine to quarter past eleven", ranges("09:30", "11:15"));
    }

    @Test
    void rangesOutsideTheWorkingDaySayThePartOfTheDay() {
        assertEquals("from seven to nine in the evening", ranges("19:00", "21:00"));
        assertEquals("from ten at night to two in the morning", ranges("22:00", "02:00"));
        assertEquals("from eight in the evening to midnight", ranges("20:00", "00:00"));
        assertEquals("from six in the morning to noon", ranges("06:00", "12:00"));
    }

    @Test
    void theVoicemailLineForTheExampleWeekReadsAsOneSentence() {
        HoursLine line = new HoursLine(WORKDAYS, List.of(ClockRange.of("09:00", "11:00"), ClockRange.of("16:00", "18:00")));
        assertEquals("Monday to Friday from nine to eleven and from four to six", EN.spokenLine(line));
    }

    @Test
    void theExampleWhatsAppWeekReadAloud() {
        assertEquals("on Monday, Tuesday, Thursday and Friday from nine to five and on Wednesday from nine to one",
                EN.spokenSummary(WeeklyHours.forChannel(Weeks.example(), "whatsapp")));
    }
}
