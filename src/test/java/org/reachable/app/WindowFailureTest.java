package org.reachable.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.os.WindowFailure;
import org.reachable.ui.tray.TrayMenu;

/**
 * The real window launcher (a second JVM) started where JavaFX cannot open a window: the tray,
 * the one thing the user still sees, says so in its menu and in a message of its own.
 */
class WindowFailureTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"),
            ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); // a second JVM on a busy machine
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out waiting for " + what);
            Thread.sleep(50);
        }
    }

    @Test
    void aWindowWithoutADisplayIsNamedInTheTrayMenuAndAMessage() throws Exception {
        TrayAppTest.FakeTray tray = new TrayAppTest.FakeTray(true);
        DataFolder folder = DataFolder.at(dir);
        // surefire runs JavaFX under Monocle, which needs no display: the window process gets the real toolkit
        org.reachable.adapters.os.WindowProcess.Starter windows = TrayApp.childWindows(folder, List.of("-Dglass.platform=gtk"), env -> {
            env.remove("DISPLAY");
            env.remove("WAYLAND_DISPLAY");
        });
        TrayApp app = new TrayApp(new AppEnvironment(CLOCK), folder, tray, windows, Locale.ENGLISH);
        Thread runner = new Thread(() -> app.run(false));
        runner.start();
        try {
            await(() -> !tray.messages.isEmpty(), "the tray's message");
            String log = dir.resolve("reachable.log").toString();
            String message = tray.messages.get(0);
            // which of the two it meets first depends on whether libgtk-3-0 is installed here
            boolean noGtk = message.contains("GTK 3");
            assertEquals(noGtk ? "Reachable's window cannot open | GTK 3, which the window needs on Linux, is not "
                    + "installed (Debian and Ubuntu: sudo apt install libgtk-3-0). Details in " + log
                    : "Reachable's window cannot open | There is no display to show it on (DISPLAY and "
                    + "WAYLAND_DISPLAY are not set). Details in " + log, message);
            await(() -> firstLine(tray).startsWith("Window cannot open"), "the menu line");
            assertEquals(noGtk ? "Window cannot open: GTK 3 is missing (see " + log + ")"
                    : "Window cannot open: no display (see " + log + ")", firstLine(tray));
        } finally {
            app.quit();
            runner.join(10_000);
        }
    }

    @Test
    void withoutATrayAStatusWindowThatCannotOpenIsAnErrorThatSaysWhy() throws Exception {
        DataFolder folder = DataFolder.at(dir);
        var windows = TrayApp.childWindows(folder, List.of("-Dglass.platform=gtk"), env -> {
            env.remove("DISPLAY");
            env.remove("WAYLAND_DISPLAY");
        });
        TrayApp app = new TrayApp(new AppEnvironment(CLOCK), folder, new TrayAppTest.FakeTray(false), windows,
                Locale.ENGLISH);
        java.io.PrintStream stderr = System.err;
        var said = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(1, app.run(true));
        } finally {
            System.setErr(stderr);
        }
        String log = dir.resolve("reachable.log").toString();
        String err = said.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(err.contains("Reachable's window cannot open: There is no display to show it on (DISPLAY and "
                + "WAYLAND_DISPLAY are not set). Details in " + log)
                || err.contains("Reachable's window cannot open: GTK 3, which the window needs"), err);
    }

    private static String firstLine(TrayAppTest.FakeTray tray) {
        if (tray.shown.isEmpty()) {
            return "";
        }
        TrayMenu last = tray.shown.get(tray.shown.size() - 1);
        return last.items().get(0) instanceof TrayMenu.Text text ? text.text() : "";
    }

    @Test
    void theCauseIsReadFromWhatJavaFxWrote() {
        assertEquals(WindowFailure.NO_GTK, WindowFailure.of("java.lang.UnsupportedOperationException: Unable to load "
                + "glass GTK library.\n\tat com.sun.glass.ui.gtk.GtkApplication.lambda$new$5"));
        assertEquals(WindowFailure.NO_DISPLAY, WindowFailure.of("java.lang.UnsupportedOperationException: Unable to "
                + "open DISPLAY\n"));
        assertEquals(WindowFailure.CRASHED, WindowFailure.of("# A fatal error has been detected by the Java Runtime"));
    }
}
