package org.reachable.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void codesAndLocalesNameALanguageReachableSpeaks() {
        assertEquals(Optional.of(Language.DUTCH), Language.ofCode("nl"));
        assertEquals(Optional.of(Language.ENGLISH), Language.ofCode("en-US"), "a region counts as its language");
        assertEquals(Optional.empty(), Language.ofCode("de"));
        assertEquals(Optional.empty(), Language.ofCode(""), "empty: follow the system");
        assertEquals(Optional.empty(), Language.ofCode(null));
        assertEquals(Language.DUTCH, Language.of(Locale.forLanguageTag("nl-BE")));
        assertEquals(Language.ENGLISH, Language.of(Locale.GERMANY), "English where Reachable has no words");
        assertEquals("nl", Language.DUTCH.code());
    }
}
