package org.reachable.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reachable.grammar.TextLint.Finding;

/** Each check fails on a bad sample and passes a good one. */
class TextLintTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Hallo, je spreekt met .",
        "Bel me op , of mail.",
        "die beantwoordt  zelf.",
        "Werkafspraken: zo bereik je \nTelefoon",
        "Marieke Jansen ()",
        "Marieke Jansen ( )",
        "Neem contact op met.",
        "Reply within 1 hour, from .",
        ", of mail me.",
        "I am back on the."})
    void anEmptySlotIsAFinding(String bad) {
        assertFalse(TextLint.emptySlots(bad).isEmpty(), bad);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hallo, je spreekt met Marieke Jansen.",
        "Telefoon 020 123 4567 (ma t/m vr 9.00–11.00 uur)",
        "Reply within 1 hour; outside these hours on the next working day.",
        "Geef dat nummer alleen in die gevallen door. Bel me voor.",
        "  indented, as a Markdown list may be",
        "E-mail: marieke@zonnig.nl\nWhatsApp Business: 06 12345678"})
    void aFilledTextHasNoEmptySlot(String good) {
        assertEquals(List.of(), TextLint.emptySlots(good), good);
    }

    @Test
    void anEmptyHtmlElementIsAFinding() {
        assertEquals(1, TextLint.emptyElements("<p><strong style=\"color:#111\"></strong> · Zonnig</p>").size());
        assertEquals(1, TextLint.emptyElements("<dl><dt>Telefoon</dt><dd> </dd></dl>").size());
        assertEquals(List.of(), TextLint.emptyElements("<p><strong>Marieke</strong><br>\n<span>9–11</span></p>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Reactie in het volgende bereikbaarheidsvenster.",
        "Buiten dit venster bel ik terug.",
        "Tijdens een focusblok neem ik niet op.",
        "Reply in the next reachable window.",
        "Not during a focus block.",
        "Unless I set an override."})
    void jargonIsAFinding(String bad) {
        assertFalse(TextLint.jargon(bad).isEmpty(), bad);
    }

    @Test
    void wordsAClientKnowsAreNoJargon() {
        assertEquals(List.of(), TextLint.jargon("Zodra ik weer bereikbaar ben, bel ik je terug. "
                + "I reply as soon as I'm back at my desk."));
    }

    @Test
    void jeBesideUIsARegisterMix() {
        List<Finding> mix = TextLint.registerMix("Bedankt voor je bericht.\nIk bel u morgen terug.");
        assertEquals(1, mix.size());
        assertTrue(mix.get(0).sentence().contains("Ik bel u morgen"), mix.toString());
        assertFalse(TextLint.registerMix("Zo bereik je mij. Uw bericht is welkom.").isEmpty());
    }

    @Test
    void oneRegisterIsNoMix() {
        assertEquals(List.of(), TextLint.registerMix("Bedankt voor je bericht. Ik bel je terug, jij hoort van mij."));
        assertEquals(List.of(), TextLint.registerMix("Bedankt voor uw bericht. Ik bel u terug."));
        // "t/m" and words that merely contain a u are no register
        assertEquals(List.of(), TextLint.registerMix("Je bereikt me ma t/m vr, 9.00 uur; uurtje factuurtje."));
    }

    @Test
    void aJeTextMustNotSayUAndAUTextMustNotSayJe() {
        assertFalse(TextLint.register("Dan bel ik u.", "je").isEmpty());
        assertFalse(TextLint.register("Is uw vraag dringend?", "je").isEmpty());
        assertFalse(TextLint.register("Bedankt voor je bericht.", "u").isEmpty());
        assertEquals(List.of(), TextLint.register("Bedankt voor je bericht; ik bel je.", "je"));
        assertEquals(List.of(), TextLint.register("Bedankt voor uw bericht; ik bel u.", "u"));
    }

    @Test
    void aWordOfTheOtherLanguageIsAGrammarFinding() {
        assertFalse(TextLint.grammar("Reply binnen 1 uur.", "en").isEmpty());
        assertFalse(TextLint.grammar("Reactie within 1 hour.", "nl").isEmpty());
        assertEquals(List.of(), TextLint.grammar("I reply to your message within an hour.", "en"));
        assertEquals(List.of(), TextLint.grammar("Ik reageer binnen een uur op je bericht.", "nl"));
    }

    @Test
    void anAllowedPhraseIsNoFindingButTheSameWordElsewhereIs() {
        String text = "Reach " + ClientData.NAME + " of " + ClientData.BUSINESS + " on Tue and Thu.";
        assertEquals(List.of(), TextLint.grammar(text, "en"), "names and brands are allowed");
        assertFalse(TextLint.grammar("Reply binnen " + ClientData.BUSINESS + ".", "en").isEmpty(),
                "'binnen' stays a finding beside an allowed phrase");
    }

    @Test
    void theAllowListStaysShortAndSaysWhy() {
        assertTrue(TextLint.ALLOWED.size() <= 15, "at most 15 exact phrases");
        for (TextLint.Allowed a : TextLint.ALLOWED) {
            assertFalse(a.phrase().isBlank() || a.reason().isBlank(), a.toString());
        }
    }
}
