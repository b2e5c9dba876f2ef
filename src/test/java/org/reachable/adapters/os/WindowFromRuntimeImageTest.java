package org.reachable.adapters.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The installed app's window process reads JavaFX's classes from the runtime image with plain reads
 * (7 MB less while it waits); a jar run's window, whose JavaFX is in the jar, keeps the JDK's default.
 */
class WindowFromRuntimeImageTest {

    @Test
    void onlyAWindowWhoseJavaFxIsInTheRuntimeImageReadsItWithoutTheMap() {
        List<String> installed = JvmFlags.forWindow(List.of("-Dtest=1"), true);
        List<String> jarRun = JvmFlags.forWindow(List.of("-Dtest=1"), false);
        assertTrue(installed.contains("-Djdk.image.map.all=false"), installed.toString());
        assertFalse(jarRun.contains("-Djdk.image.map.all=false"), jarRun.toString());
        assertEquals("-Dtest=1", installed.get(installed.size() - 1), "a test's own options still come last");
        assertTrue(installed.containsAll(JvmFlags.WINDOW));
    }

    @Test
    void thisTestRunIsAJarRunWithJavaFxOutsideTheRuntimeImage() {
        // the tests run JavaFX from Maven's jars: the public forWindow must leave the JDK's default
        assertFalse(JvmFlags.forWindow(List.of()).contains("-Djdk.image.map.all=false"));
    }
}
