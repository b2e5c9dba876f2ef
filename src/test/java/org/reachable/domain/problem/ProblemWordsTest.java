package org.reachable.domain.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reachable.domain.port.StoreException;

/** Every kind of problem has its words in English and in Dutch, and the place comes first. */
class ProblemWordsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Test
    void everyKindHasWordsInBothLanguagesAndNoWordsLackAKind() {
        Set<String> kinds = Arrays.stream(ProblemKind.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        for (Locale locale : new Locale[] {Locale.ROOT, DUTCH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.reachable.domain.problem.problems", locale);
            Set<String> keys = new TreeSet<>(Collections.list(bundle.getKeys()));
            keys.removeIf(k -> k.startsWith("where.") || k.startsWith("word."));
            assertEquals(kinds, keys, "kinds and words differ for " + locale);
        }
    }

    @Test
    void dutchWordsAreNotTheEnglishOnes() {
        Object[] sample = {"x1", "x2", "x3", "x4", "x5"};
        for (ProblemKind kind : ProblemKind.values()) {
            Problem p = Problem.of(kind, sample);
            String en = ProblemWords.english().what(p);
            String nl = ProblemWords.in(DUTCH).what(p);
            if (en.replaceAll("x\\d", "").matches("[^\\p{L}]*")) {
                continue; // only values and punctuation ("{0}: {1}"): nothing to translate
            }
            assertNotEquals(en, nl, kind + " is not translated");
            assertFalse(en.matches("(?s).*\\{\\d.*") || nl.matches("(?s).*\\{\\d.*"),
                    kind + " has a value left unfilled: " + en + " / " + nl);
        }
    }

    @Test
    void thePlaceComesFirstInTheReadersLanguage() {
        Problem p = Problem.of(ProblemKind.DURATION_NEGATIVE, "-5m").at("schedule.ics", 1234);
        assertEquals("schedule.ics line 1234: '-5m' is negative; give a time from 1 minute to 7 days, like 30m, 2h or 3d",
                ProblemWords.english().words(p));
        assertEquals("schedule.ics regel 1234: '-5m' is negatief; geef een tijd van 1 minuut tot 7 dagen, zoals 30m, "
                + "2h of 3d", ProblemWords.in(DUTCH).words(p));
        assertEquals("settings.json: '-5m' is negatief; geef een tijd van 1 minuut tot 7 dagen, zoals 30m, 2h of 3d",
                ProblemWords.in(DUTCH).words(p.at("settings.json", 0)));
    }

    @Test
    void anExceptionCarriesTheValueAndLogsInEnglish() {
        StoreException e = new StoreException(Problem.of(ProblemKind.DURATION_UNREADABLE, "banaan").at("x.json", 3));
        assertEquals("x.json line 3: 'banaan' is not a duration; write it like 30m, 1h, 90m or 1h30m", e.getMessage());
        assertEquals(3, e.line());
        assertTrue(ProblemWords.in(DUTCH).message(e).startsWith("x.json regel 3: 'banaan' is geen tijdsduur"));
        assertEquals("boom", ProblemWords.in(DUTCH).message(new IllegalStateException("boom")));
    }

    @Test
    void datesAreWrittenInTheReadersLanguage() {
        Problem p = Problem.of(ProblemKind.TEXT, LocalDate.of(2027, 1, 4));
        assertEquals("maandag 4 januari 2027", ProblemWords.in(DUTCH).what(p));
        assertEquals("Monday 4 January 2027", ProblemWords.english().what(p));
    }

    @Test
    void englishStaysEnglishOnADutchSystem() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(DUTCH);
            Problem p = Problem.of(ProblemKind.DURATION_UNREADABLE, "banaan");
            assertEquals("'banaan' is not a duration; write it like 30m, 1h, 90m or 1h30m", ProblemWords.english().what(p));
            assertEquals("'banaan' is not a duration; write it like 30m, 1h, 90m or 1h30m",
                    ProblemWords.in(Locale.US).what(p));
            assertTrue(ProblemWords.in(DUTCH).what(p).startsWith("'banaan' is geen tijdsduur"));
        } finally {
            Locale.setDefault(previous);
        }
    }
}
