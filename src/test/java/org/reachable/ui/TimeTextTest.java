package org.reachable.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.reachable.domain.text.Words;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeTextTest {

    @ParameterizedTest
    @CsvSource({"9, 09:00", "9:00, 09:00", "09.30, 09:30", "930, 09:30", "1430, 14:30", "9 uur, 09:00",
            "9.15u, 09:15", "24:00, 00:00", "9 am, 09:00", "9:30 PM, 21:30", "12 am, 00:00", "12:15 p.m., 12:15",
            "' 13:00 ', 13:00"})
    void readsTheTimesPeopleType(String typed, String time) {
        assertEquals(Optional.of(LocalTime.parse(time)), TimeText.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "negen", "25:00", "9:60", "13 pm", "0 am", "9:0", "half tien"})
    void refusesWhatIsNoTime(String typed) {
        assertEquals(Optional.empty(), TimeText.parse(typed));
    }

    @ParameterizedTest
    @CsvSource({"nl-NL, 09:00", "nl, 09:00", "en-GB, 09:00", "en-US, 9:00 AM", "en, 09:00", "en-AU, 09:00"})
    void writesATimeOnTheClockOfTheProseBesideItAndReadsItBack(String tag, String shown) {
        Locale locale = Locale.forLanguageTag(tag);
        assertEquals(shown, TimeText.field(LocalTime.of(9, 0), locale));
        for (LocalTime t : new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(13, 45), LocalTime.MIDNIGHT,
                LocalTime.NOON}) {
            assertEquals(Optional.of(t), TimeText.parse(TimeText.field(t, locale)), t + " in " + tag);
        }
        // the prose on the same page (Words.forLocale) speaks the same clock: both 12-hour or neither
        String prose = Words.forLocale(locale).time(LocalTime.of(21, 0));
        assertEquals(shown.endsWith("AM"), prose.contains("pm"), prose + " beside " + shown + " in " + tag);
    }
}
