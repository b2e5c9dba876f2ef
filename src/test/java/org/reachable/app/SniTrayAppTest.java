package org.reachable.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.PrivateSessionBus;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.tray.sni.SniTray;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.service.ExampleWeek;

/**
 * The tray process with its StatusNotifierItem on a private bus and a real watcher: a panel's
 * click on "Focus" → "1 hour" is saved for the CLI and the icon follows.
 */
class SniTrayAppTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Monday 23 November 2026, 10:00 in Amsterdam: available until 11:00. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), AMSTERDAM);

    @TempDir
    Path dir;
    private PrivateSessionBus bus;
    private Thread runner;
    private TrayApp app;

    @BeforeEach
    void start() throws Exception {
        bus = PrivateSessionBus.withWatcher(Files.createDirectories(dir.resolve("home")));
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.quit();
            runner.join(10_000);
        }
        bus.close();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void focusOneHourClickedInThePanelIsSavedAndTheIconFollows() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        AppEnvironment environment = new AppEnvironment(CLOCK);
        var workspace = environment.workspace(DataFolder.at(data));
        workspace.settings().save(new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels("en")));
        workspace.schedules().save(ExampleWeek.create(AMSTERDAM, java.time.LocalDate.of(2026, 11, 23)));
        SniTray tray = SniTray.at(bus.address(), Optional.of(dir.resolve("icons"))).orElseThrow();
        app = new TrayApp(environment, DataFolder.at(data), tray, new TrayAppTest.FakeWindows(), Locale.ENGLISH);
        runner = new Thread(() -> app.run(true));
        runner.start();
        String item = tray.busName();
        PrivateSessionBus.await("the item registered", () -> bus.registeredItems().contains(item));

        Path signals = dir.resolve("signals.txt");
        bus.startService(signals, "gdbus", "monitor", "--session", "--dest", item);
        PrivateSessionBus.await("gdbus monitor to listen", () -> read(signals).contains("Monitoring"));
        String layout = bus.run("gdbus", "call", "--session", "--dest", item, "--object-path", "/MenuBar",
                "--method", "com.canonical.dbusmenu.GetLayout", "0", "int32 -1", "[]");
        System.out.println("GetLayout as a panel reads it:\n" + layout);
        Matcher focusHour = Pattern.compile("'Focus now'.*?\\((\\d+), \\{'label': <'1 hour'>").matcher(layout);
        assertTrue(focusHour.find(), layout);

        bus.run("gdbus", "call", "--session", "--dest", item, "--object-path", "/MenuBar", "--method",
                "com.canonical.dbusmenu.Event", focusHour.group(1), "clicked", "<int32 0>", "0");

        PrivateSessionBus.await("override.json in focus", () -> read(data.resolve("override.json")).contains("\"FOCUS\""));
        PrivateSessionBus.await("status.json in focus",
                () -> read(data.resolve("status.json")).contains("\"state\":\"FOCUS\""));
        PrivateSessionBus.await("NewIcon", () -> read(signals).contains("org.kde.StatusNotifierItem.NewIcon"));
        String tooltip = bus.run("gdbus", "call", "--session", "--dest", item, "--object-path",
                "/StatusNotifierItem", "--method", "org.freedesktop.DBus.Properties.Get",
                "org.kde.StatusNotifierItem", "ToolTip");
        assertTrue(tooltip.contains("Focus until 11:00"), tooltip);
    }

}
