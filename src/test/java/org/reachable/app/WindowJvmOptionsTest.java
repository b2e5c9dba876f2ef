package org.reachable.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachable.adapters.os.JvmFlags;

/**
 * The window process the tray starts gets the idle and memory flags itself, whatever the tray was
 * started with, and JavaFX's software pipeline with GTK's OpenGL off (no Mesa/LLVM driver kept in
 * memory while it waits), no region cache (8 MB less while it waits) and a young generation of 4 MB instead of the launchers' 8 (3 MB less while
 * it waits).
 */
class WindowJvmOptionsTest {

    @Test
    void theWindowProcessCarriesTheIdleFlagsThenItsOwnThenATestsOptions() {
        List<String> options = JvmFlags.forWindow(List.of("-Dglass.platform=gtk"));
        assertEquals(JvmFlags.IDLE, options.subList(0, JvmFlags.IDLE.size()));
        assertTrue(options.containsAll(JvmFlags.MEMORY));
        assertTrue(options.containsAll(JvmFlags.WINDOW));
        assertTrue(options.contains("-Dprism.order=sw"), options.toString());
        assertTrue(options.contains("-Dprism.disableRegionCaching=true"), "no backgrounds kept as images on the heap");
        // the window process's own young generation comes after the launchers' 8 MB one, so it wins
        assertTrue(options.lastIndexOf("-Xmn4m") > options.lastIndexOf("-Xmn8m"), options.toString());
        assertEquals("disable", JvmFlags.WINDOW_ENVIRONMENT.get("GDK_GL"), "GTK probes no OpenGL it would keep loaded");
        assertEquals("-Dglass.platform=gtk", options.get(options.size() - 1));
    }
}
