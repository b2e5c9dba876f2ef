package org.reachable.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.PrivateSessionBus;
import org.reachable.adapters.dbus.Notifications;
import org.reachable.adapters.dbus.SessionBus;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.tray.DesktopTrays;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.service.Workspace;

/**
 * The start as the autostart entry runs it on a desktop with a StatusNotifierWatcher (a real one on a
 * private bus): the item registers before settings and schedule are read, then shows the status once
 * they are; a broken settings file does not keep it from docking, and is then
 * named in a desktop notification (a fake notification server on the same bus).
 */
class SniDockFirstTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Monday 23 November 2026, 10:00 in Amsterdam: available until 11:00 in the example week. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), AMSTERDAM);
    private static final String ITEM = "org.kde.StatusNotifierItem-" + ProcessHandle.current().pid() + "-1";

    @TempDir
    Path dir;
    private PrivateSessionBus bus;
    private DBusConnection notificationServer;
    private final List<String> notified = new CopyOnWriteArrayList<>();

    /** Records each notification's summary and body, as a desktop's server would show them. */
    private final class FakeNotifications implements Notifications {
        @Override
        public List<String> GetCapabilities() {
            return List.of("body");
        }

        @Override
        public UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                List<String> actions, Map<String, Variant<?>> hints, int expireTimeout) {
            notified.add(summary + " | " + body);
            return new UInt32(notified.size());
        }

        @Override
        public UInt32 Inhibit(String desktopEntry, String reason, Map<String, Variant<?>> hints) {
            return new UInt32(0);
        }

        @Override
        public void UnInhibit(UInt32 cookie) {
        }

        @Override
        public String getObjectPath() {
            return Notifications.PATH;
        }
    }

    @BeforeEach
    void start() throws Exception {
        bus = PrivateSessionBus.withWatcher(Files.createDirectories(dir.resolve("home")));
        notificationServer = SessionBus.connect(bus.address());
        notificationServer.exportObject(Notifications.PATH, new FakeNotifications());
        notificationServer.requestBusName(Notifications.NAME);
    }

    @AfterEach
    void stop() throws Exception {
        notificationServer.disconnect();
        bus.close();
    }

    @Test
    void theItemRegistersBeforeBrokenSettingsAreReadThenShowsTheStatusAndNamesTheFile() throws Exception {
        DataFolder folder = DataFolder.at(Files.createDirectories(dir.resolve("data")));
        new AppEnvironment(CLOCK).workspace(folder).schedules()
                .save(ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23)));
        Files.writeString(folder.root().resolve("settings.json"), "{\"profile\": {\"homeZone\": ");
        CountDownLatch registeredSeen = new CountDownLatch(1);
        AtomicInteger readsBeforeRegistered = new AtomicInteger();
        AppEnvironment environment = new AppEnvironment(CLOCK) {
            @Override
            Workspace workspace(DataFolder of) { // settings and schedule are only ever read through a workspace
                try {
                    if (!registeredSeen.await(30, TimeUnit.SECONDS)) {
                        readsBeforeRegistered.incrementAndGet(); // the icon waits for this read: it never registers first
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.workspace(of);
            }
        };
        Map<String, String> desktop = Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address(),
                "XDG_CACHE_HOME", dir.resolve("cache").toString());
        AtomicInteger exit = new AtomicInteger(-1);
        Thread app = new Thread(() -> exit.set(TrayApp.run(environment, folder, true, () -> DesktopTrays.forDesktop(desktop))), "sni-dock-first");
        app.setDaemon(true); // a run() that never ends must not keep the test JVM alive
        app.start();
        try {
            PrivateSessionBus.await("the item registered with the watcher", () -> bus.registeredItems().contains(ITEM));
            assertTrue(property("ToolTip").contains("Reachable is starting…"), "before the files are read");
            registeredSeen.countDown();

            PrivateSessionBus.await("the status in the tooltip", () -> property("ToolTip").contains("Available until 11:00"));
            PrivateSessionBus.await("a notification about the settings", () -> !notified.isEmpty());
            assertTrue(notified.get(0).contains(folder.root().resolve("settings.json").toString()), notified.toString());
            assertEquals(0, readsBeforeRegistered.get(), "workspaces made before the item registered");
        } finally {
            registeredSeen.countDown(); // a failure above must not leave the app waiting
            quitThroughTheMenu();
            app.join(TimeUnit.SECONDS.toMillis(20));
        }
        assertEquals(0, exit.get(), "run() ended with Quit");
    }

    private String property(String name) {
        try {
            return bus.run("gdbus", "call", "--session", "--dest", ITEM, "--object-path", "/StatusNotifierItem",
                    "--method", "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem", name);
        } catch (Exception | AssertionError e) {
            return "";
        }
    }

    /** Quit, as a panel's click on it; quietly, as after a failed assertion the item may never have shown. */
    private void quitThroughTheMenu() {
        try {
            PrivateSessionBus.await("the item registered", () -> bus.registeredItems().contains(ITEM));
            String layout = bus.run("gdbus", "call", "--session", "--dest", ITEM, "--object-path", "/MenuBar",
                    "--method", "com.canonical.dbusmenu.GetLayout", "0", "int32 -1", "[]");
            var quit = java.util.regex.Pattern.compile("\\((\\d+), \\{'label': <'Quit'>").matcher(layout);
            if (quit.find()) {
                bus.run("gdbus", "call", "--session", "--dest", ITEM, "--object-path", "/MenuBar", "--method",
                        "com.canonical.dbusmenu.Event", quit.group(1), "clicked", "<int32 0>", "0");
            }
        } catch (Exception | AssertionError e) {
            // the test has failed already; the bus closes after it
        }
    }
}
