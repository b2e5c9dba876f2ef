package org.reachable.adapters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.problem.ProblemWords;

/** Jackson's errors become the user's words, in English and Dutch, with the setting, the value and the line. */
class JsonProblemsTest {

    private static final ProblemWords DUTCH = ProblemWords.in(Locale.forLanguageTag("nl-NL"));
    private final JsonCodec codec = new JsonCodec();

    private StoreException settings(String text) {
        return assertThrows(StoreException.class,
                () -> codec.readSettings(text.getBytes(StandardCharsets.UTF_8), "settings.json"));
    }

    @Test
    void aMistypedZoneSuggestsTheZoneMeant() {
        StoreException e = settings("{\n  \"version\": 1,\n  \"profile\": {\n    \"homeZone\": \"Europe/Amsterdm\"\n  }\n}\n");
        assertEquals(ProblemKind.JSON_NOT_A_ZONE_GUESS, e.problem().kind());
        assertEquals("homeZone", e.problem().field());
        assertEquals("settings.json line 4: homeZone: 'Europe/Amsterdm' is not a time zone — did you mean "
                + "Europe/Amsterdam?", e.getMessage());
        assertEquals("settings.json regel 4: homeZone: 'Europe/Amsterdm' is geen tijdzone — bedoel je "
                + "Europe/Amsterdam?", DUTCH.message(e));
    }

    @Test
    void aZoneFarFromAnyKnownOneSaysWhatAZoneLooksLike() {
        StoreException e = settings("{\n  \"version\": 1,\n  \"profile\": {\"homeZone\": \"my kitchen\"}\n}\n");
        assertEquals("settings.json regel 3: homeZone: 'my kitchen' is geen tijdzone; gebruik een naam zoals "
                + "Europe/Amsterdam", DUTCH.message(e));
    }

    @Test
    void aChoiceOutsideTheListNamesTheChoices() {
        StoreException e = settings("{\n  \"version\": 1,\n  \"channels\": [ {\"id\": \"phone\", \"type\": \"PIGEON\"} ]\n}\n");
        assertEquals(3, e.line());
        assertEquals("settings.json regel 3: type: 'PIGEON' is geen van de mogelijkheden; gebruik een van PHONE, "
                + "EMAIL, WHATSAPP, SMS, CUSTOM", DUTCH.message(e));
    }

    @Test
    void aTextWhereAListBelongsSaysAListIsExpected() {
        StoreException e = settings("{\n  \"version\": 1,\n  \"channels\": \"phone\"\n}\n");
        assertEquals("settings.json line 3: channels: expected a list [ … ] here", e.getMessage());
        assertEquals("settings.json regel 3: channels: verwacht hier een lijst [ … ]", DUTCH.message(e));
    }

    @Test
    void aMissingCommaIsNamedWithItsLineAndColumn() {
        StoreException e = settings("{\n  \"version\": 1,\n  \"profile\": {\"name\": \"A\" \"business\": \"B\"}\n}\n");
        assertEquals("settings.json line 3: a comma is missing before column 27; the entries of an object or a list "
                + "are separated by commas", e.getMessage());
        assertEquals("settings.json regel 3: er ontbreekt een komma voor kolom 27; de onderdelen van een object of "
                + "lijst worden door komma's gescheiden", DUTCH.message(e));
    }

    @Test
    void aFileCutOffSaysSo() {
        StoreException e = settings("{\n  \"version\": 1,\n  \"profile\": {\"name\": \"A\"\n");
        assertEquals(ProblemKind.JSON_CUT_OFF, e.problem().kind());
        assertEquals("settings.json regel 4: het bestand houdt te vroeg op: er ontbreekt een sluitende } of ]; het lijkt "
                + "afgebroken (maar voor een deel opgeslagen)", DUTCH.message(e));
    }

    @Test
    void anUnquotedTextSaysTextsNeedQuotes() {
        StoreException e = settings("{\n  \"version\": 1,\n  \"profile\": {\"name\": Anne}\n}\n");
        assertEquals("settings.json regel 3: 'Anne' is niet te lezen (kolom 28): een tekst hoort tussen dubbele "
                + "aanhalingstekens (\"…\"); andere waarden zijn getallen, true, false of null", DUTCH.message(e));
    }

    @Test
    void aBrokenOverrideNamesItsSetting() {
        StoreException e = assertThrows(StoreException.class, () -> codec.readOverride(
                "{\"state\": \"FOCUS\", \"expiry\": \"SOON\"}".getBytes(StandardCharsets.UTF_8), "override.json"));
        assertEquals("expiry", e.problem().field());
        assertEquals("override.json regel 1: expiry: 'SOON' is geen van de mogelijkheden; gebruik een van DURATION, "
                + "UNTIL_NEXT_WINDOW, UNTIL_NEXT_CHANGE, END_OF_DAY, UNTIL_CLEARED", DUTCH.message(e));
    }

    @Test
    void aNewerFileSaysToUpdateInDutchToo() {
        StoreException e = settings("{\"version\": 7}");
        assertEquals("settings.json regel 1: geschreven door een nieuwere Reachable (opmaakversie 7); deze leest tot "
                + "en met versie 2. Werk Reachable bij", DUTCH.message(e));
    }
}
