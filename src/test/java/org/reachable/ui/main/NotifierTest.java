package org.reachable.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NotifierTest {

    @Test
    void longNotificationTextIsBrokenIntoLinesThatFit() {
        String message = "/tmp/tmp.0p8L8mfshk/schedule.ics line 22: event \"Reachable by phone and e-mail\": "
                + "DTSTART \"20261301T090000\" is not a valid date-time: there is no month 13";
        String wrapped = Notifier.wrap(message, 40);
        assertTrue(wrapped.lines().allMatch(l -> l.length() <= 40), wrapped);
        assertEquals(message.replace(" ", ""), wrapped.replace("\n", "").replace(" ", ""), "nothing lost");
    }

    @Test
    void shortTextStaysOnOneLine() {
        assertEquals("Focus until 17:00", Notifier.wrap("Focus until 17:00", 40));
    }
}
