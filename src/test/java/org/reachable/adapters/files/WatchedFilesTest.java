package org.reachable.adapters.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tray writes calendar-publish.json after each failed publish, and each reload of its data
 * tries again: its watcher must not see that file (seen under Xvfb: a publish tried once a second),
 * while the window's does, so Settings shows the failure. Both see subscriptions.json.
 */
class WatchedFilesTest {

    @Test
    void theTrayIgnoresThePublishFailureTheWindowSeesItAndBothSeeTheSubscriptions(@TempDir Path dir) throws Exception {
        DataFolder folder = DataFolder.at(dir);
        AtomicInteger tray = new AtomicInteger();
        CountDownLatch window = new CountDownLatch(1);
        try (FolderWatcher t = FolderWatcher.dataFiles(folder, tray::incrementAndGet);
                FolderWatcher w = FolderWatcher.windowFiles(folder, window::countDown)) {
            Files.writeString(dir.resolve(DataFolder.CALENDAR_PUBLISH_JSON), "{ }\n");
            assertTrue(window.await(5, TimeUnit.SECONDS), "the window follows the tray's failure");
            Thread.sleep(2 * FolderWatcher.DATA_DEBOUNCE_MILLIS);
            assertEquals(0, tray.get(), "the tray does not reload on its own failure");
            Files.writeString(dir.resolve(DataFolder.SUBSCRIPTIONS_JSON), "{ }\n");
            long end = System.currentTimeMillis() + 5000;
            while (tray.get() == 0 && System.currentTimeMillis() < end) {
                Thread.sleep(50);
            }
            assertEquals(1, tray.get(), "a subscription added by the window sets the tray's timer");
        }
    }
}
