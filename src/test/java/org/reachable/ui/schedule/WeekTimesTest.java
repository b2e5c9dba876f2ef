package org.reachable.ui.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Times on the grid in the screen's clock: 12-hour in American English only. */
class WeekTimesTest {

    private final WeekTimes nl = new WeekTimes(Locale.forLanguageTag("nl-NL"));
    private final WeekTimes us = new WeekTimes(Locale.forLanguageTag("en-US"));

    @Test
    void dutchIsTwentyFourHour() {
        assertFalse(nl.twelveHour());
        assertEquals("09:00", nl.hour(9));
        assertEquals("09:00–11:00", nl.range(540, 660));
        assertEquals("22:00–02:00", nl.range(1320, 1560), "over midnight: the next day's time");
        assertEquals("20:00–24:00", nl.range(1200, 1440), "midnight at the end is 24:00");
        assertEquals("00:00–01:30", nl.range(0, 90));
        assertArrayEquals(new String[] {"9–11", "09:00", "9"}, nl.shorter(540, 660));
        assertArrayEquals(new String[] {"9:30–24", "09:30", "9:30"}, nl.shorter(570, 1440));
    }

    @Test
    void englishOutsideAmericaKeepsTheClockOfItsProse() {
        // Settings' "English" on a Dutch system is plain "en": the prose says "until tomorrow 9:00",
        // and CLDR's "9 AM" for the axis beside it mixed two clocks on one page
        for (String tag : new String[] {"en", "en-GB", "en-AU"}) {
            WeekTimes english = new WeekTimes(Locale.forLanguageTag(tag));
            assertFalse(english.twelveHour(), tag);
            assertEquals("09:00", english.hour(9), tag);
            assertEquals("09:00–11:00", english.range(540, 660), tag);
        }
    }

    @Test
    void americanIsTwelveHourAndShort() {
        assertTrue(us.twelveHour());
        assertEquals("9 AM", us.hour(9));
        assertEquals("12 PM", us.hour(12));
        assertEquals("9–11 AM", us.range(540, 660));
        assertEquals("11 AM – 4 PM", us.range(660, 960));
        assertEquals("9:30–10:15 AM", us.range(570, 615));
        assertEquals("10 PM – 2 AM", us.range(1320, 1560));
        assertEquals("8 PM – 12 AM", us.range(1200, 1440));
        assertArrayEquals(new String[] {"11–4", "11 AM", "11"}, us.shorter(660, 960));
    }
}
