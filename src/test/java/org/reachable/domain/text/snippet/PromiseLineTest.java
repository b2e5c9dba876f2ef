package org.reachable.domain.text.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Promise;
import org.reachable.domain.model.Register;

class PromiseLineTest {

    private static final Promise HOUR = Promise.within(Duration.ofHours(1));
    private static final Promise NEXT_DAY = Promise.of(Promise.Kind.NEXT_WORKING_DAY);

    @Test
    void bothPromisesReadAsOneLineInEachLanguage() {
        assertEquals("Ik reageer binnen een uur; buiten deze tijden de volgende werkdag.",
                PromiseLine.of(HOUR, NEXT_DAY, "", "nl"));
        assertEquals("I reply within an hour; outside these hours, on the next working day.",
                PromiseLine.of(HOUR, NEXT_DAY, "", "en-GB"));
    }

    @Test
    void theNoteGoesInBracketsAndStandsAloneWithoutAPromise() {
        assertEquals("Ik reageer binnen 45 minuten (ook in het weekend).",
                PromiseLine.of(new Promise(Promise.Kind.WITHIN, 45), Promise.none(), "ook in het weekend", "nl"));
        // only a promise outside the hours: the sentence begins with them ("Reply outside these hours as soon as
        // I am back" read as an order to the client, and "back" as away)
        assertEquals("Outside these hours, I reply as soon as I am available again.",
                PromiseLine.of(Promise.none(), Promise.of(Promise.Kind.WHEN_BACK), "", "en"));
        assertEquals("Buiten deze tijden reageer ik zodra ik weer bereikbaar ben.",
                PromiseLine.of(Promise.none(), Promise.of(Promise.Kind.WHEN_BACK), "", "nl"));
        assertEquals("Weekends too.", PromiseLine.of(Promise.none(), Promise.none(), "weekends too", "en"));
        assertEquals("", PromiseLine.of(Promise.none(), Promise.none(), " ", "en"));
    }

    @Test
    void aNoteWrittenAsASentenceFollowsThePromiseAsOne() {
        assertEquals("Ik reageer binnen een uur; buiten deze tijden de volgende werkdag. "
                        + "Stuur bij een offerte-aanvraag de bronbestanden mee.",
                PromiseLine.of(HOUR, NEXT_DAY, "Stuur bij een offerte-aanvraag de bronbestanden mee.", "nl"));
        assertEquals("I reply within an hour. Please attach the source files to a quote request!",
                PromiseLine.of(HOUR, Promise.none(), "Please attach the source files to a quote request!", "en"));
        assertEquals("Ik reageer binnen een uur. Bel gerust.", PromiseLine.of(HOUR, Promise.none(), "Bel gerust", "nl"));
    }

    /** A phone's promise is a call back in the client's register; "Antwoord" promised what no phone gives. */
    @Test
    void aPhonesPromiseIsACallBack() {
        assertEquals("Ik bel je binnen een uur terug; buiten deze tijden de volgende werkdag.",
                PromiseLine.of(HOUR, NEXT_DAY, "", "nl", true, Register.JE));
        assertEquals("Ik bel u binnen een uur terug; buiten deze tijden de volgende werkdag.",
                PromiseLine.of(HOUR, NEXT_DAY, "", "nl", true, Register.U));
        assertEquals("I will call you back within an hour; outside these hours, on the next working day.",
                PromiseLine.of(HOUR, NEXT_DAY, "", "en-GB", true, Register.U));
        // a clause stands after "terug"; a promise only outside the hours begins with them
        Promise whenBack = Promise.of(Promise.Kind.WHEN_BACK);
        assertEquals("Ik bel je terug zodra ik weer bereikbaar ben.",
                PromiseLine.of(whenBack, Promise.none(), "", "nl", true, Register.JE));
        assertEquals("Buiten deze tijden bel ik u de volgende werkdag terug.",
                PromiseLine.of(Promise.none(), NEXT_DAY, "", "nl", true, Register.U));
        assertEquals("Outside these hours, I will call you back on the next working day.",
                PromiseLine.of(Promise.none(), NEXT_DAY, "", "en", true, Register.JE));
    }
}
