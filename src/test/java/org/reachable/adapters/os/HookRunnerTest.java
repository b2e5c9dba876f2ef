package org.reachable.adapters.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class HookRunnerTest {

    @TempDir
    Path dir;
    private final List<HookRunner.Failure> failures = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void unixShell() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "these hooks are /bin/sh scripts");
    }

    @Test
    void hookSeesStateUntilAndChannelsInItsEnvironment() throws Exception {
        Path out = dir.resolve("hook.txt");
        HookRunner runner = new HookRunner(Duration.ofSeconds(10), failures::add);
        runner.run("echo \"$REACHABLE_STATE $REACHABLE_UNTIL $REACHABLE_CHANNELS\" > '" + out + "'",
                Map.of("REACHABLE_STATE", "FOCUS", "REACHABLE_UNTIL", "2026-11-23T11:00+01:00",
                        "REACHABLE_CHANNELS", ""));
        runner.awaitIdle(Duration.ofSeconds(10));
        assertEquals("FOCUS 2026-11-23T11:00+01:00", Files.readString(out).trim());
        assertTrue(failures.isEmpty());
    }

    @Test
    void aFailingHookIsReportedWithItsExitCodeAndLastLine() throws Exception {
        HookRunner runner = new HookRunner(Duration.ofSeconds(10), failures::add);
        runner.run("echo starting; echo 'gsettings: no such schema' >&2; exit 3", Map.of());
        runner.awaitIdle(Duration.ofSeconds(10));
        assertEquals(List.of(new HookRunner.Failure("echo starting; echo 'gsettings: no such schema' >&2; exit 3",
                HookRunner.Failure.Kind.FAILED, 3, "gsettings: no such schema")), failures);
    }

    @Test
    void aHangingHookIsStoppedAfterItsTimeout() throws Exception {
        HookRunner runner = new HookRunner(Duration.ofMillis(300), failures::add);
        runner.run("sleep 30", Map.of());
        runner.awaitIdle(Duration.ofSeconds(10));
        assertEquals(1, failures.size());
        assertEquals(HookRunner.Failure.Kind.TIMED_OUT, failures.get(0).kind());
    }

    /**
     * The hook waits for a file that the test writes only after {@code run} returned: if {@code run}
     * waited for the hook, it would never return (the test's timeout ends it). No figure on speed.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void runReturnsWhileTheHookIsStillRunning() throws Exception {
        Path go = dir.resolve("go");
        Path done = dir.resolve("done");
        HookRunner runner = new HookRunner(Duration.ofMinutes(10), failures::add);
        runner.run("while [ ! -e '" + go + "' ]; do sleep 0.05; done; touch '" + done + "'", Map.of());
        assertFalse(Files.exists(done), "the hook cannot have finished: it waits for the test");
        Files.createFile(go);
        runner.awaitIdle(Duration.ofSeconds(50));
        assertTrue(Files.exists(done), "the hook ran to its end after run() returned");
        assertTrue(failures.isEmpty(), failures.toString());
    }
}
