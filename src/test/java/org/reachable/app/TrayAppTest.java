package org.reachable.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.os.ProcessMessage;
import org.reachable.adapters.os.WindowProcess;
import org.reachable.ui.tray.Tray;
import org.reachable.ui.tray.TrayAction;
import org.reachable.ui.tray.TrayMenu;
import org.reachable.domain.status.State;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetModel;
import org.reachable.domain.text.snippet.SnippetRenderer;
import org.reachable.domain.text.snippet.Target;

/** The tray process with a fake tray and a fake window process: no desktop, no second JVM. */
class TrayAppTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Monday 23 November 2026, 10:00 in Amsterdam. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), AMSTERDAM);

    @TempDir
    Path dir;

    static final class FakeTray implements Tray {
        final boolean supported;
        final List<TrayMenu> shown = new CopyOnWriteArrayList<>();
        volatile Consumer<TrayAction> actions;
        volatile boolean removed;
        final List<String> copied = new CopyOnWriteArrayList<>();
        final List<String> messages = new CopyOnWriteArrayList<>();

        FakeTray(boolean supported) {
            this.supported = supported;
        }

        @Override
        public boolean isSupported() {
            return supported;
        }

        @Override
        public void show(TrayMenu menu, Consumer<TrayAction> onAction) {
            actions = onAction;
            shown.add(menu);
        }

        @Override
        public void update(TrayMenu menu) {
            shown.add(menu);
        }

        @Override
        public boolean copyText(String text) {
            copied.add(text);
            return true;
        }

        @Override
        public void message(String title, String text) {
            messages.add(title + " | " + text);
        }

        @Override
        public void remove() {
            removed = true;
        }
    }

    static final class FakeWindows implements WindowProcess.Starter {
        final List<Boolean> starts = new CopyOnWriteArrayList<>();
        final List<String> commands = new CopyOnWriteArrayList<>();
        final java.util.concurrent.atomic.AtomicInteger stopped = new java.util.concurrent.atomic.AtomicInteger();
        /** Called with each command as it is sent, before it is recorded. */
        volatile Consumer<String> onSend = command -> { };
        /** Whether a process started says it is built (a real one needs seconds after its start). */
        volatile boolean ready = true;

        @Override
        public WindowProcess start(boolean fallback) {
            starts.add(fallback);
            return new WindowProcess() {
                @Override
                public boolean send(ProcessMessage message) {
                    onSend.accept(message.encode());
                    commands.add(message.encode());
                    return true;
                }

                @Override
                public boolean isAlive() {
                    return true;
                }

                @Override
                public boolean ready() {
                    return ready;
                }

                @Override
                public int waitFor() {
                    return 0; // the user closed the status window at once
                }

                @Override
                public void stop() {
                    stopped.incrementAndGet();
                }
            };
        }
    }

    /** The app's run() on a thread of its own; its end is checked: returned 0, threw nothing. */
    static final class AppThread {
        private final TrayApp app;
        private final Thread thread;
        private final java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        private final java.util.concurrent.atomic.AtomicInteger exit = new java.util.concurrent.atomic.AtomicInteger(-1);

        private AppThread(TrayApp app) {
            this.app = app;
            this.thread = new Thread(() -> {
                try {
                    exit.set(app.run(true));
                } catch (Throwable t) {
                    thrown.set(t);
                }
            }, "tray-app-under-test");
        }

        static AppThread start(TrayApp app) {
            AppThread t = new AppThread(app);
            t.thread.start();
            return t;
        }

        void quitAndAwaitCleanEnd() throws InterruptedException {
            app.quit();
            awaitCleanEnd("quit() ends the app");
        }

        void awaitCleanEnd(String what) throws InterruptedException {
            thread.join(10_000); // a hang guard
            assertFalse(thread.isAlive(), what + ": the app's thread is still running");
            if (thrown.get() != null) {
                throw new AssertionError(what + ": run() threw", thrown.get());
            }
            assertEquals(0, exit.get(), what + ": run()'s exit code");
        }
    }

    private AppEnvironment environment() {
        return new AppEnvironment(CLOCK);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private void exampleWeek() throws Exception {
        var workspace = environment().workspace(DataFolder.at(dir));
        workspace.settings().save(new org.reachable.domain.model.Settings(
                org.reachable.domain.model.Profile.defaults(AMSTERDAM),
                org.reachable.domain.model.Settings.defaultChannels("en")));
        workspace.schedules().save(org.reachable.domain.service.ExampleWeek.create(AMSTERDAM,
                java.time.LocalDate.of(2026, 11, 23)));
    }

    @Test
    void aChangeByTheScheduleIsNotifiedBeforeStatusJsonHooksAndThePageAreWritten() throws Exception {
        exampleWeek();
        Path status = dir.resolve("status.json");
        FakeWindows windows = new FakeWindows();
        List<String> statusWhenNotified = new CopyOnWriteArrayList<>();
        windows.onSend = command -> {
            if (command.startsWith("NOTIFY")) {
                statusWhenNotified.add(read(status));
            }
        };
        AppThread running = AppThread.start(new TrayApp(environment(), DataFolder.at(dir), new FakeTray(true), windows,
                Locale.ENGLISH));
        await(() -> read(status).contains("\"state\""), "status.json written at start");
        await(() -> !windows.starts.isEmpty(), "the window process started ahead");
        String before = read(status);
        String other = before.contains("\"state\":\"FOCUS\"") ? "AVAILABLE" : "FOCUS";
        // set elsewhere long ago (not by hand just now), as an override that ends reads to the monitor
        Files.writeString(dir.resolve("override.json"), "{\"state\":\"" + other
                + "\",\"expiry\":\"UNTIL_CLEARED\",\"setAt\":\"2026-11-23T07:00:00Z\"}");
        await(() -> !statusWhenNotified.isEmpty(), "a notification of the change");
        assertEquals(before, statusWhenNotified.get(0), "the notification waits for no file being written");
        await(() -> read(status).contains("\"state\":\"" + other + "\""), "status.json follows");
        running.quitAndAwaitCleanEnd();
    }

    @Test
    void aChangeBeforeTheWindowProcessIsReadyIsShownByTheTrayAtOnce() throws Exception {
        exampleWeek();
        Path status = dir.resolve("status.json");
        FakeWindows windows = new FakeWindows();
        windows.ready = false; // started, still building its screens (seconds)
        FakeTray tray = new FakeTray(true);
        AppThread running = AppThread.start(new TrayApp(environment(), DataFolder.at(dir), tray, windows, Locale.ENGLISH));
        await(() -> read(status).contains("\"state\""), "status.json written at start");
        await(() -> !windows.starts.isEmpty(), "the window process started ahead, not ready yet");
        String other = read(status).contains("\"state\":\"FOCUS\"") ? "AVAILABLE" : "FOCUS";
        Files.writeString(dir.resolve("override.json"), "{\"state\":\"" + other
                + "\",\"expiry\":\"UNTIL_CLEARED\",\"setAt\":\"2026-11-23T07:00:00Z\"}");
        await(() -> !tray.messages.isEmpty(), "the notification, through the tray");
        assertTrue(tray.messages.get(0).startsWith(other.equals("FOCUS") ? "Focus" : "Available"), tray.messages.toString());
        assertFalse(windows.commands.stream().anyMatch(c -> c.startsWith("NOTIFY")),
                "not queued for a window process that shows it seconds later");
        running.quitAndAwaitCleanEnd();
    }

    @Test
    void withoutATrayTheStatusWindowStandsInAndClosingItQuits() {
        FakeTray tray = new FakeTray(false);
        FakeWindows windows = new FakeWindows();
        TrayApp app = new TrayApp(environment(), DataFolder.at(dir), tray, windows, Locale.ENGLISH);
        assertEquals(0, app.run(true));
        assertEquals(List.of(true), windows.starts, "one window, in fallback mode");
        assertTrue(tray.shown.isEmpty());
    }

    @Test
    void trayShowsTheStatusAndFocusFromTheMenuIsSavedForTheCli() throws Exception {
        exampleWeek();
        FakeTray tray = new FakeTray(true);
        FakeWindows windows = new FakeWindows();
        TrayApp app = new TrayApp(environment(), DataFolder.at(dir), tray, windows, Locale.ENGLISH);
        AppThread runner = AppThread.start(app);
        await(() -> tray.actions != null, "the tray icon");
        TrayMenu first = tray.shown.get(0);
        assertEquals(State.AVAILABLE, first.state());
        assertEquals("Available until 11:00 — reachable by phone, email and WhatsApp Business", first.tooltip());
        assertTrue(windows.starts.isEmpty(), "--background with a schedule: no window (the icon docks first)");

        tray.actions.accept(TrayAction.FOCUS_1_HOUR);
        await(() -> tray.shown.get(tray.shown.size() - 1).state() == State.FOCUS, "focus in the tray");
        assertTrue(Files.readString(dir.resolve("override.json")).contains("\"FOCUS\""));
        await(() -> read(dir.resolve("status.json")).contains("\"state\":\"FOCUS\""), "status.json in focus");
        assertFalse(windows.commands.stream().anyMatch(c -> c.startsWith("NOTIFY")),
                "no notification for a change the user just made");

        tray.actions.accept(TrayAction.OPEN);
        await(() -> windows.commands.contains("SHOW"), "the window");

        tray.actions.accept(TrayAction.QUIT);
        runner.awaitCleanEnd("Quit ends the app");
        assertTrue(tray.removed, "the icon is removed, or the JVM would hang");
    }

    @Test
    void aFocusHookRunsWithTheStateUntilAndChannels() throws Exception {
        exampleWeek();
        Path out = dir.resolve("hook-out.txt");
        var workspace = environment().workspace(DataFolder.at(dir));
        var settings = workspace.settings().load(AMSTERDAM);
        workspace.settings().save(settings.withPreferences(new org.reachable.domain.model.Preferences(true, 5,
                java.util.Map.of("FOCUS", "echo \"$REACHABLE_STATE|$REACHABLE_UNTIL|$REACHABLE_CHANNELS\" > '" + out
                        + "'"), "")));
        FakeTray tray = new FakeTray(true);
        TrayApp app = new TrayApp(environment(), DataFolder.at(dir), tray, new FakeWindows(), Locale.ENGLISH);
        AppThread runner = AppThread.start(app);
        await(() -> tray.actions != null, "the tray icon");
        tray.actions.accept(TrayAction.FOCUS_30_MINUTES);
        await(() -> !read(out).isEmpty(), "the hook's file");
        assertEquals("FOCUS|2026-11-23T10:30:00+01:00|", read(out).trim());
        runner.quitAndAwaitCleanEnd();
    }

    @Test
    void copyAutoReplyPutsTheTextInTheProfilesFirstLanguageOnTheClipboard() throws Exception {
        exampleWeek(); // the default profile writes Dutch first
        FakeTray tray = new FakeTray(true);
        FakeWindows windows = new FakeWindows();
        TrayApp app = new TrayApp(environment(), DataFolder.at(dir), tray, windows, Locale.ENGLISH);
        AppThread runner = AppThread.start(app);
        await(() -> tray.actions != null, "the tray icon");
        tray.actions.accept(TrayAction.COPY_AUTOREPLY);
        await(() -> !tray.copied.isEmpty(), "the copied auto-reply");
        // written by hand: Monday 10:00 is inside the example week's morning window, so the Dutch
        // reply answers within the channel's promise, in Dutch words, not "from" a later time as in a
        // focus block or a day off; the default profile has no name, so there is no greeting to sign
        assertEquals("Bedankt voor je bericht. Ik reageer binnen twee uur.\n",
                tray.copied.get(0));
        assertFalse(windows.commands.stream().anyMatch(c -> c.startsWith("NOTIFY")), "copied quietly");
        runner.quitAndAwaitCleanEnd();
    }

    @Test
    void copyingATextWithoutATemplateSaysItIsNotThereYet() throws Exception {
        exampleWeek();
        SnippetRenderer none = new SnippetRenderer() {
            @Override
            public boolean has(Target target, String language, Format format) {
                return false;
            }

            @Override
            public String render(Target target, String language, Format format, SnippetModel model) {
                throw new AssertionError("not asked for a text it does not have");
            }
        };
        AppEnvironment withoutTemplates = new AppEnvironment(CLOCK) {
            @Override
            public SnippetRenderer snippets() {
                return none;
            }
        };
        FakeTray tray = new FakeTray(true);
        FakeWindows windows = new FakeWindows();
        TrayApp app = new TrayApp(withoutTemplates, DataFolder.at(dir), tray, windows, Locale.ENGLISH);
        AppThread runner = AppThread.start(app);
        await(() -> tray.actions != null, "the tray icon");
        await(() -> !windows.starts.isEmpty(), "the window process started ahead");
        tray.actions.accept(TrayAction.COPY_VOICEMAIL);
        await(() -> windows.commands.stream().anyMatch(c -> c.startsWith("NOTIFY")), "a notification");
        assertEquals(List.of("NOTIFY\tNot available yet\tThere is no voicemail script in Dutch yet; it comes in a "
                + "later version."), windows.commands);
        assertTrue(tray.copied.isEmpty());
        runner.quitAndAwaitCleanEnd();
    }

    @Test
    void firstStartOpensTheWindowEvenInTheBackground() throws Exception {
        FakeTray tray = new FakeTray(true);
        FakeWindows windows = new FakeWindows();
        TrayApp app = new TrayApp(environment(), DataFolder.at(dir), tray, windows, Locale.ENGLISH);
        AppThread runner = AppThread.start(app);
        await(() -> windows.commands.contains("SHOW"), "the welcome window");
        assertEquals(Optional.of(false), windows.starts.stream().findFirst());
        runner.quitAndAwaitCleanEnd();
    }

    @Test
    void theWindowProcessStartsAheadHiddenAfterTheIconDocksTheFirstOpenUsesItAndQuitEndsIt() throws Exception {
        exampleWeek();
        FakeTray tray = new FakeTray(true);
        FakeWindows windows = new FakeWindows();
        TrayApp app = new TrayApp(environment(), DataFolder.at(dir), tray, windows, Locale.ENGLISH);
        AppThread runner = AppThread.start(app);
        await(() -> tray.actions != null, "the tray icon");
        assertTrue(windows.starts.isEmpty(), "the icon docks first");
        await(() -> !windows.starts.isEmpty(), "the window process started ahead");
        assertEquals(List.of(false), windows.starts);
        assertEquals(List.of(), windows.commands, "started hidden: nothing shows until asked");

        tray.actions.accept(TrayAction.OPEN);
        await(() -> windows.commands.contains("SHOW"), "the window");
        assertEquals(List.of(false), windows.starts, "the first open uses the process started ahead");

        tray.actions.accept(TrayAction.QUIT);
        runner.awaitCleanEnd("Quit ends the app");
        assertEquals(1, windows.stopped.get(), "and the window process with it");
    }
}
