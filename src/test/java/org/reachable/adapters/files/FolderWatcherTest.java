package org.reachable.adapters.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes made by someone else (the CLI, a calendar app, a sync tool) reach the app, once per burst.
 * The OS's events are real (inotify); the debounce runs on a {@link ManualScheduler}, so what is
 * checked is what the watcher asks for (the delay, one pending call), never how fast a machine is.
 * Timeouts here are hang guards only.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FolderWatcherTest {

    @TempDir
    Path dir;

    @Test
    void aFileWrittenInSeveralStepsGivesOneCallAfterTheDebounceDelay() throws Exception {
        AtomicInteger count = new AtomicInteger();
        ManualScheduler debouncer = new ManualScheduler(() -> false);
        try (FolderWatcher watcher = new FolderWatcher(dir, Set.of("override.json"), 300, count::incrementAndGet,
                debouncer)) {
            watcher.start();
            AtomicFile.write(dir.resolve("override.json"), "{\"state\"".getBytes());
            debouncer.awaitCalls(1);
            int before = debouncer.calls().size();
            AtomicFile.write(dir.resolve("override.json"), "{\"state\":\"FOCUS\"}".getBytes());
            debouncer.awaitCalls(before + 1); // the second write was seen too

            assertEquals(0, count.get(), "nothing is told while the burst may go on");
            assertEquals(1, debouncer.mostPending(), "each event replaces the waiting call instead of adding one");
            assertTrue(debouncer.calls().stream().allMatch(c -> c.delay.equals(Duration.ofMillis(300))),
                    "every call waits the debounce delay");
            debouncer.runPending();
            assertEquals(1, count.get(), "one call for the burst");
        }
    }

    @Test
    void otherFilesInTheFolderAreIgnored() throws Exception {
        Path schedule = dir.resolve("schedule.ics");
        ManualScheduler debouncer = new ManualScheduler(() -> Files.exists(schedule));
        try (FolderWatcher watcher = new FolderWatcher(dir, Set.of("schedule.ics"), 100, () -> { }, debouncer)) {
            watcher.start();
            Files.writeString(dir.resolve("status.json"), "{}");
            Files.writeString(dir.resolve("status.json"), "{\"again\":1}");
            Files.writeString(schedule, "BEGIN:VCALENDAR");
            debouncer.awaitCalls(1);
            assertTrue(debouncer.calls().stream().allMatch(c -> c.probeWhenScheduled),
                    "no call before schedule.ics existed: our own status.json is not a change");
        }
    }

    /** The constructor the app uses, with its real debounce thread: the call arrives. */
    @Test
    void theRealDebouncerCallsBack() throws Exception {
        Semaphore calls = new Semaphore(0);
        try (FolderWatcher watcher = new FolderWatcher(dir, Set.of("settings.json"), 50, calls::release)) {
            watcher.start();
            AtomicFile.write(dir.resolve("settings.json"), "{}".getBytes());
            assertTrue(calls.tryAcquire(50, TimeUnit.SECONDS), "hang guard: the change was never reported");
        }
    }
}
