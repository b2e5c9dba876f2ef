package org.reachable.domain.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The zone a user meant: a slip of a letter or two, the wrong case, or the city alone. */
class ZoneGuessTest {

    @Test
    void aSlipOfALetterIsCorrected() {
        assertEquals(Optional.of("Europe/Amsterdam"), ZoneGuess.of("Europe/Amsterdm"));
        assertEquals(Optional.of("Europe/Amsterdam"), ZoneGuess.of("Europe/Amstredam"));
        assertEquals(Optional.of("America/New_York"), ZoneGuess.of("America/New York"));
    }

    @Test
    void theCaseOrAMissingRegionIsForgiven() {
        assertEquals(Optional.of("Europe/Berlin"), ZoneGuess.of("europe/berlin"));
        assertEquals(Optional.of("Europe/Amsterdam"), ZoneGuess.of("Amsterdam"));
    }

    @Test
    void somethingFarFromAnyZoneGetsNoGuess() {
        assertEquals(Optional.empty(), ZoneGuess.of("my kitchen"));
        assertEquals(Optional.empty(), ZoneGuess.of(""));
    }
}
