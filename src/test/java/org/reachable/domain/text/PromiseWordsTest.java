package org.reachable.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Promise;

/** A promise in each language's own words, and read back from what a user types in either. */
class PromiseWordsTest {

    @Test
    void eachLanguageWordsThePromiseItself() {
        Promise hour = Promise.within(Duration.ofHours(1));
        assertEquals("binnen een uur", PromiseWords.phrase(hour, "nl"));
        assertEquals("within an hour", PromiseWords.phrase(hour, "en"));
        assertEquals("within an hour", PromiseWords.phrase(hour, "en-US"));
        assertEquals("binnen twee uur", PromiseWords.phrase(Promise.within(Duration.ofHours(2)), "nl"));
        assertEquals("within 24 hours", PromiseWords.phrase(Promise.within(Duration.ofHours(24)), "en"));
        assertEquals("binnen een halfuur", PromiseWords.phrase(Promise.within(Duration.ofMinutes(30)), "nl"));
        assertEquals("binnen anderhalf uur", PromiseWords.phrase(Promise.within(Duration.ofMinutes(90)), "nl"));
        assertEquals("within 45 minutes", PromiseWords.phrase(Promise.within(Duration.ofMinutes(45)), "en"));
        assertEquals("de volgende werkdag", PromiseWords.phrase(Promise.of(Promise.Kind.NEXT_WORKING_DAY), "nl"));
        assertEquals("on the same working day", PromiseWords.phrase(Promise.of(Promise.Kind.SAME_WORKING_DAY), "en"));
        assertEquals("zodra ik weer bereikbaar ben", PromiseWords.phrase(Promise.of(Promise.Kind.WHEN_BACK), "nl"));
        assertEquals("", PromiseWords.phrase(Promise.none(), "nl"));
    }

    @Test
    void noPromiseSaysWindowInAnyLanguage() {
        for (Promise.Kind kind : Promise.Kind.values()) {
            Promise p = kind == Promise.Kind.WITHIN ? Promise.within(Duration.ofHours(3)) : Promise.of(kind);
            for (String language : new String[] {"nl", "en"}) {
                String words = PromiseWords.phrase(p, language);
                assertEquals(false, words.contains("venster") || words.contains("window"), words);
            }
        }
    }

    @Test
    void whatAUserTypesIsReadInEitherLanguage() {
        assertEquals(Optional.of(new Promise(Promise.Kind.WITHIN, 180)), PromiseWords.parse("binnen 3 uur"));
        assertEquals(Optional.of(new Promise(Promise.Kind.WITHIN, 60)), PromiseWords.parse("Within an hour."));
        assertEquals(Optional.of(new Promise(Promise.Kind.WITHIN, 20)), PromiseWords.parse("within 20 minutes"));
        assertEquals(Optional.of(Promise.of(Promise.Kind.NEXT_WORKING_DAY)), PromiseWords.parse("binnen 1 werkdag"));
        assertEquals(Optional.of(Promise.of(Promise.Kind.WHEN_BACK)),
                PromiseWords.parse("in het volgende bereikbaarheidsvenster"));
        assertEquals(Optional.of(Promise.of(Promise.Kind.WHEN_BACK)), PromiseWords.parse("as soon as I'm back"));
        assertEquals(Optional.of(Promise.none()), PromiseWords.parse("  "));
        assertEquals(Optional.empty(), PromiseWords.parse("meestal snel"));
        assertEquals(Optional.empty(), PromiseWords.parse("binnen 9999 uur"), "more than a week is not a promise");
    }

    @Test
    void aStretchOfDatesAcrossNewYearCarriesBothYears() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        assertEquals("donderdag 24 december 2026 t/m vrijdag 1 januari 2027",
                Words.dutch().dateRange(christmasEve, newYear, today));
        assertEquals("Thursday 24 December 2026 to Friday 1 January 2027",
                Words.english().dateRange(christmasEve, newYear, today));
        assertEquals("Thursday, December 24, 2026, through Friday, January 1, 2027",
                Words.english(true, true).dateRange(christmasEve, newYear, today));
        assertEquals("maandag 14 december t/m woensdag 16 december",
                Words.dutch().dateRange(LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 16), today));
        assertEquals("maandag 14 december", Words.dutch().dateRange(LocalDate.of(2026, 12, 14),
                LocalDate.of(2026, 12, 14), today));
    }
}
