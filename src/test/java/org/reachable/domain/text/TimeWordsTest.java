package org.reachable.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeWordsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Thursday 26 November 2026, 18:00 in Amsterdam. */
    private static final Instant NOW = Instant.parse("2026-11-26T17:00:00Z");

    @Test
    void todayTomorrowThisWeekAndLaterInEnglish() {
        TimeWords words = new TimeWords(Locale.ENGLISH, "tomorrow");
        assertEquals("19:30", words.when(Instant.parse("2026-11-26T18:30:00Z"), NOW, AMSTERDAM));
        assertEquals("tomorrow 09:00", words.when(Instant.parse("2026-11-27T08:00:00Z"), NOW, AMSTERDAM));
        assertEquals("Monday 09:00", words.when(Instant.parse("2026-11-30T08:00:00Z"), NOW, AMSTERDAM));
        assertEquals("Thursday 3 December 09:00", words.when(Instant.parse("2026-12-03T08:00:00Z"), NOW, AMSTERDAM));
    }

    @Test
    void dutchDayNamesAndMorgen() {
        TimeWords words = new TimeWords(Locale.forLanguageTag("nl-NL"), "morgen");
        assertEquals("morgen 09:00", words.when(Instant.parse("2026-11-27T08:00:00Z"), NOW, AMSTERDAM));
        assertEquals("maandag 4 januari 09:00", words.when(Instant.parse("2027-01-04T08:00:00Z"), NOW, AMSTERDAM));
    }

    @Test
    void tomorrowFollowsTheHomeZoneNotUtc() {
        TimeWords words = new TimeWords(Locale.ENGLISH, "tomorrow");
        // 23:30 UTC on the 26th is already 00:30 on the 27th in Amsterdam
        assertEquals("tomorrow 00:30", words.when(Instant.parse("2026-11-26T23:30:00Z"), NOW, AMSTERDAM));
    }
}
