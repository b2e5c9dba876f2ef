package org.reachable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The starts that skip picocli are exactly the tray app's and the window process's; the rest is the CLI's. */
class QuickStartTest {

    private static Optional<QuickStart> of(String... args) {
        return QuickStart.of(args);
    }

    @Test
    void theTrayAppAndTheWindowProcessStartWithoutTheCommandLineParser() {
        assertEquals(Optional.of(new QuickStart(false, Optional.empty(), false)), of());
        assertEquals(Optional.of(new QuickStart(false, Optional.empty(), true)), of("--background"));
        assertEquals(Optional.of(new QuickStart(true, Optional.of("/home/anna/.config/reachable"), false)),
                of("--data-dir", "/home/anna/.config/reachable", "--ui"));
        assertEquals(Optional.of(new QuickStart(true, Optional.of("/d"), true)), of("--data-dir", "/d", "--ui", "--fallback"));
    }

    @Test
    void everythingElseGoesThroughTheCommandLine() {
        assertEquals(Optional.empty(), of("status"));
        assertEquals(Optional.empty(), of("--data-dir", "/d"), "the tray with a folder: picocli checks it exists");
        assertEquals(Optional.empty(), of("--data-dir", "/d", "--background"));
        assertEquals(Optional.empty(), of("--background", "status"));
        assertEquals(Optional.empty(), of("--data-dir", "/d", "--ui", "--verbose"));
        assertEquals(Optional.empty(), of("--data-dir", "--ui", "--ui"));
        assertEquals(Optional.empty(), of("--help"));
        assertEquals(Optional.empty(), of("--ui"));
    }
}
