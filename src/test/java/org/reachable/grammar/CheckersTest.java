package org.reachable.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checkers see a word of the other language, and leave a good sentence alone. */
class CheckersTest {

    @Test
    void aDutchWordInAnEnglishTextIsAFinding() {
        List<Checkers.Match> british = Checkers.check("Reply binnen 1 uur.", "en");
        assertFalse(british.isEmpty(), "British English must flag 'binnen' and 'uur'");
        assertTrue(british.stream().anyMatch(m -> m.from() == 6 && m.to() == 12), "'binnen' at 6-12: " + british);
        assertFalse(Checkers.check("Reply binnen 1 uur.", "en-US").isEmpty(), "American English too");
    }

    @Test
    void anEnglishWordInADutchTextIsAFinding() {
        assertFalse(Checkers.check("Reactie within 1 uur.", "nl").isEmpty(), "Dutch must flag 'within'");
    }

    @Test
    void aFindingOnALaterLineIsWhereItIs() {
        String text = "Reply within one hour.\nOr call me binnen the hour.";
        List<Checkers.Match> matches = Checkers.check(text, "en");
        assertEquals(1, matches.size(), matches.toString());
        assertEquals("binnen", text.substring(matches.get(0).from(), matches.get(0).to()));
    }

    @Test
    void aCleanSentencePasses() {
        assertEquals(List.of(), Checkers.check("Ik reageer binnen een uur op je bericht.", "nl"));
        assertEquals(List.of(), Checkers.check("I reply to your message within an hour.", "en"));
    }
}
