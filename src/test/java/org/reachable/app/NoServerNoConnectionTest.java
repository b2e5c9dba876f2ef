package org.reachable.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.http.Outbound;
import org.reachable.cli.ReachableCommand;

/**
 * DESIGN.md: Reachable makes no network connection of its own. With no calendar server set up,
 * the tray process (which syncs when one is) and the everyday commands never reach the one door
 * to the network, adapters/http/Outbound (LayersTest keeps every other class from opening one).
 */
class NoServerNoConnectionTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;

    @Test
    void theTrayAndTheCommandsOpenNoConnectionWithNoServerSetUp() throws Exception {
        int before = Outbound.opened();
        AppEnvironment env = new AppEnvironment(CLOCK) {
            @Override
            protected DataFolder folder(Optional<String> dataDir) {
                return DataFolder.at(dir);
            }
        };
        for (String[] args : new String[][] {{"init", "--example"}, {"status"}, {"focus", "1h"}, {"snippet", "website"},
                {"sync", "--status"}}) {
            StringWriter err = new StringWriter();
            assertEquals(0, ReachableCommand.run(env, args, new PrintWriter(new StringWriter()), new PrintWriter(err)),
                    String.join(" ", args) + ": " + err);
        }
        TrayAppTest.FakeTray tray = new TrayAppTest.FakeTray(true);
        TrayApp app = new TrayApp(env, DataFolder.at(dir), tray, new TrayAppTest.FakeWindows(), Locale.ENGLISH);
        TrayAppTest.AppThread runner = TrayAppTest.AppThread.start(app);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (tray.shown.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertFalse(tray.shown.isEmpty(), "the tray came up");
        Files.writeString(dir.resolve("schedule.ics"), Files.readString(dir.resolve("schedule.ics"))); // a change
        Thread.sleep(500); // the watcher's debounce, and a sync that would follow a change
        runner.quitAndAwaitCleanEnd();
        assertEquals(before, Outbound.opened(), "no connection was opened");
        assertTrue(Files.notExists(dir.resolve("sync.json")), "and nothing about a server was written");
    }
}
