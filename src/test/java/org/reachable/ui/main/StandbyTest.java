package org.reachable.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the window process waits hidden between opens, and when it ends instead. */
class StandbyTest {

    /** The toolkit's pulse as the window process would notice it: running or not. */
    private static final class FakePulse implements Standby.Pulse {
        final boolean available;
        boolean running = true;

        FakePulse(boolean available) {
            this.available = available;
        }

        @Override
        public boolean available() {
            return available;
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public void start() {
            running = true;
        }
    }

    private final List<String> ended = new ArrayList<>();
    private boolean otherLanguage;

    private Standby standby(FakePulse pulse, boolean fallback) {
        return new Standby(pulse, fallback, () -> otherLanguage, () -> ended.add("exit"));
    }

    @Test
    void closingTheWindowKeepsTheProcessWithItsPulseStoppedAndTheNextOpenStartsIt() {
        FakePulse pulse = new FakePulse(true);
        Standby standby = standby(pulse, false);

        standby.nothingShows();
        assertEquals(List.of(), ended, "kept for the next open");
        assertFalse(pulse.running, "no 60 wake-ups a second while hidden");
        assertTrue(standby.waiting());

        standby.wake();
        assertTrue(pulse.running, "running before the window is shown, or it is never drawn");
        assertFalse(standby.waiting());
    }

    @Test
    void withoutATrayClosingTheWindowQuits() {
        FakePulse pulse = new FakePulse(true);
        standby(pulse, true).nothingShows();
        assertEquals(List.of("exit"), ended);
    }

    @Test
    void aPulseThatCannotBeStoppedEndsTheProcessRatherThanWakeAllDay() {
        FakePulse pulse = new FakePulse(false);
        standby(pulse, false).nothingShows();
        assertEquals(List.of("exit"), ended);
    }

    @Test
    void aNewDisplayLanguageEndsTheProcessWhenTheWindowClosesOrWhileItWaits() {
        otherLanguage = true;
        standby(new FakePulse(true), false).nothingShows();
        assertEquals(List.of("exit"), ended, "closed right after choosing it");

        ended.clear();
        otherLanguage = false;
        Standby waiting = standby(new FakePulse(true), false);
        waiting.nothingShows();
        waiting.filesChanged();
        assertEquals(List.of(), ended, "another change in the files: it keeps waiting");
        otherLanguage = true; // settings.json edited while it waits
        waiting.filesChanged();
        assertEquals(List.of("exit"), ended, "the next open starts a process in the new language");
    }

    @Test
    void aFileChangeWhileTheWindowShowsEndsNothing() {
        otherLanguage = true;
        Standby standby = standby(new FakePulse(true), false);
        standby.wake();
        standby.filesChanged();
        assertEquals(List.of(), ended, "the window stays open; the language follows at the next open");
    }
}
