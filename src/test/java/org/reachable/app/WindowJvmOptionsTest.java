package org.reachable.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachable.adapters.os.JvmFlags;

/** The window process the tray starts gets the idle flags itself, whatever the tray was started with. */
class WindowJvmOptionsTest {

    @Test
    void theWindowProcessCarriesTheIdleFlagsThenItsOwnThenATestsOptions() {
        List<String> options = JvmFlags.idleThen(TrayApp.WINDOW_JVM_OPTIONS, List.of("-Dglass.platform=gtk"));
        assertEquals(JvmFlags.IDLE, options.subList(0, JvmFlags.IDLE.size()));
        assertTrue(options.containsAll(TrayApp.WINDOW_JVM_OPTIONS));
        assertEquals("-Dglass.platform=gtk", options.get(options.size() - 1));
    }
}
