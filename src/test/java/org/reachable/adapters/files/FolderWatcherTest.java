package org.reachable.adapters.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes made by someone else (the CLI, a calendar app, a sync tool) reach the app within 2 s. */
class FolderWatcherTest {

    @TempDir
    Path dir;

    @Test
    void aFileWrittenInSeveralStepsGivesOneCallWithinTwoSeconds() throws Exception {
        Semaphore calls = new Semaphore(0);
        AtomicInteger count = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher(dir, Set.of("override.json"), 300, () -> {
            count.incrementAndGet();
            calls.release();
        })) {
            watcher.start();
            AtomicFile.write(dir.resolve("override.json"), "{\"state\"".getBytes());
            AtomicFile.write(dir.resolve("override.json"), "{\"state\":\"FOCUS\"}".getBytes());
            assertTrue(calls.tryAcquire(2, TimeUnit.SECONDS), "picked up within 2 seconds");
            assertTrue(!calls.tryAcquire(700, TimeUnit.MILLISECONDS), "debounced into one call");
            assertEquals(1, count.get());
        }
    }

    @Test
    void otherFilesInTheFolderAreIgnored() throws Exception {
        Semaphore calls = new Semaphore(0);
        try (FolderWatcher watcher = new FolderWatcher(dir, Set.of("schedule.ics"), 100, calls::release)) {
            watcher.start();
            Files.writeString(dir.resolve("status.json"), "{}");
            assertTrue(!calls.tryAcquire(800, TimeUnit.MILLISECONDS), "our own status.json is not a change");
            Files.writeString(dir.resolve("schedule.ics"), "BEGIN:VCALENDAR");
            assertTrue(calls.tryAcquire(2, TimeUnit.SECONDS));
        }
    }
}
