package org.reachable.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFolder;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.service.Workspace;
import org.reachable.ui.tray.TrayAction;

/** The start as the autostart entry runs it (TrayApp.run), with a fake tray: the icon comes before any file is read. */
class DockOrderTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), AMSTERDAM);

    @TempDir
    Path dir;

    @Test
    void theIconDocksBeforeSettingsAndScheduleAreRead() throws Exception {
        DataFolder folder = DataFolder.at(dir);
        Workspace setUp = new AppEnvironment(CLOCK).workspace(folder);
        setUp.settings().save(new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels("en")));
        setUp.schedules().save(ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23)));

        TrayAppTest.FakeTray tray = new TrayAppTest.FakeTray(true);
        List<Integer> iconsShownAtEachRead = new CopyOnWriteArrayList<>();
        AppEnvironment environment = new AppEnvironment(CLOCK) {
            @Override
            Workspace workspace(DataFolder of) { // settings and schedule are only ever read through a workspace
                iconsShownAtEachRead.add(tray.shown.size());
                return super.workspace(of);
            }
        };
        AtomicInteger exit = new AtomicInteger(-1);
        Thread app = new Thread(() -> exit.set(TrayApp.run(environment, folder, true, () -> tray)), "dock-order");
        app.start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (tray.shown.size() < 2 && System.nanoTime() < end) { // the first menu, then the real one
            Thread.sleep(20);
        }
        tray.actions.accept(TrayAction.QUIT);
        app.join(TimeUnit.SECONDS.toMillis(20));

        assertEquals(0, exit.get(), "run() ended with Quit");
        assertFalse(iconsShownAtEachRead.isEmpty());
        assertTrue(iconsShownAtEachRead.stream().allMatch(shown -> shown >= 1),
                "icons shown when a workspace was made (0 = before the icon docked): " + iconsShownAtEachRead);
        assertTrue(tray.shown.size() >= 2, "the first menu was replaced by one with the status: " + tray.shown);
    }
}
