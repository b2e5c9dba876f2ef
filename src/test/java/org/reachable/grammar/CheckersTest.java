package org.reachable.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.rules.RuleMatch;

/** The checkers see a word of the other language, and leave a good sentence alone. */
class CheckersTest {

    @Test
    void aDutchWordInAnEnglishTextIsAFinding() {
        List<RuleMatch> british = Checkers.check("Reply binnen 1 uur.", "en");
        assertFalse(british.isEmpty(), "British English must flag 'binnen' and 'uur'");
        assertFalse(Checkers.check("Reply binnen 1 uur.", "en-US").isEmpty(), "American English too");
    }

    @Test
    void anEnglishWordInADutchTextIsAFinding() {
        assertFalse(Checkers.check("Reactie within 1 uur.", "nl").isEmpty(), "Dutch must flag 'within'");
    }

    @Test
    void aCleanSentencePasses() {
        assertEquals(List.of(), Checkers.check("Ik reageer binnen een uur op je bericht.", "nl"));
        assertEquals(List.of(), Checkers.check("I reply to your message within an hour.", "en"));
    }
}
