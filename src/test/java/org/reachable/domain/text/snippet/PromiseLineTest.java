package org.reachable.domain.text.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Promise;

class PromiseLineTest {

    private static final Promise HOUR = Promise.within(Duration.ofHours(1));
    private static final Promise NEXT_DAY = Promise.of(Promise.Kind.NEXT_WORKING_DAY);

    @Test
    void bothPromisesReadAsOneLineInEachLanguage() {
        assertEquals("Antwoord binnen een uur; buiten deze tijden de volgende werkdag.",
                PromiseLine.of(HOUR, NEXT_DAY, "", "nl"));
        assertEquals("Reply within an hour; outside these hours on the next working day.",
                PromiseLine.of(HOUR, NEXT_DAY, "", "en-GB"));
    }

    @Test
    void theNoteGoesInBracketsAndStandsAloneWithoutAPromise() {
        assertEquals("Antwoord binnen 45 minuten (ook in het weekend).",
                PromiseLine.of(new Promise(Promise.Kind.WITHIN, 45), Promise.none(), "ook in het weekend", "nl"));
        assertEquals("Reply outside these hours as soon as I am back.",
                PromiseLine.of(Promise.none(), Promise.of(Promise.Kind.WHEN_BACK), "", "en"));
        assertEquals("Weekends too.", PromiseLine.of(Promise.none(), Promise.none(), "weekends too", "en"));
        assertEquals("", PromiseLine.of(Promise.none(), Promise.none(), " ", "en"));
    }

    @Test
    void aNoteWrittenAsASentenceFollowsThePromiseAsOne() {
        assertEquals("Antwoord binnen een uur; buiten deze tijden de volgende werkdag. "
                        + "Stuur bij een offerte-aanvraag de bronbestanden mee.",
                PromiseLine.of(HOUR, NEXT_DAY, "Stuur bij een offerte-aanvraag de bronbestanden mee.", "nl"));
        assertEquals("Reply within an hour. Please attach the source files to a quote request!",
                PromiseLine.of(HOUR, Promise.none(), "Please attach the source files to a quote request!", "en"));
        assertEquals("Antwoord binnen een uur. Bel gerust.", PromiseLine.of(HOUR, Promise.none(), "Bel gerust", "nl"));
    }
}
