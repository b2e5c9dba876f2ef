package org.reachable.domain.text.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FitTest {

    @Test
    void aTextThatFitsIsLeftAlone() {
        Fit.Result r = Fit.cut("Marieke Jansen", 101);
        assertEquals("Marieke Jansen", r.text());
        assertFalse(r.shortened());
    }

    @Test
    void aLongTextIsCutAtTheLastWordBoundaryWithAnEllipsis() {
        Fit.Result r = Fit.cut("een twee drie vier", 12);
        assertEquals("een twee…", r.text());
        assertTrue(r.shortened());
        assertTrue(r.length() <= 12);
    }

    @Test
    void punctuationBeforeTheCutIsDropped() {
        assertEquals("ma t/m vr…", Fit.cut("ma t/m vr; wo 9.00–13.00 uur", 12).text());
    }

    @Test
    void oneEndlessWordIsCutWithoutSplittingAnEmoji() {
        String text = "x".repeat(9) + "😀" + "y".repeat(20);
        Fit.Result r = Fit.cut(text, 11);
        assertEquals("x".repeat(9) + "…", r.text());
        assertTrue(r.length() <= 11);
    }

    @Test
    void partsThatDoNotFitAreLeftOutWholeByWeight() {
        List<String> parts = List.of("", "Aaaa aaaa.", "Bbbb bbbb bbbb bbbb.", "Cccc.");
        Fit.Result r = Fit.parts(parts, List.of(0, 1, 3, 2), 20);
        assertEquals("Aaaa aaaa. Cccc.", r.text());
        assertTrue(r.shortened());
        assertEquals("Aaaa aaaa. Bbbb bbbb bbbb bbbb. Cccc.", Fit.parts(parts, List.of(1, 2, 3), 255).text());
        assertFalse(Fit.parts(parts, List.of(0, 1, 2, 3), 255).shortened());
    }

    @Test
    void whenNotEvenTheFirstPartFitsItIsCut() {
        Fit.Result r = Fit.parts(List.of("een twee drie vier vijf"), List.of(0), 15);
        assertEquals("een twee drie…", r.text());
        assertTrue(r.shortened());
    }
}
