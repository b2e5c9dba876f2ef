package org.reachable.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.os.SingleInstance;
import org.reachable.cli.CliHarness;
import org.reachable.cli.QuickStatus;

/**
 * {@code reachable status} while the tray runs is answered by the tray, from what it holds (no
 * schedule parsed by the command), exactly as the command prints it; never from data older than a
 * file on disk. With sync set up too: each sync saves schedule.ics after status.json.
 */
class RunningAppAnswersStatusTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;

    private TrayAppTest.AppThread running;
    private SingleInstance instance;

    /** What the command prints and its exit code, and whether the running app answered. */
    private record Asked(CliHarness.Result result, boolean byTheApp) {
    }

    /** As the Launcher runs it: the running app first, then the command reading the files itself. */
    private Asked status(String... args) {
        String[] withDir = new String[args.length + 2];
        withDir[0] = "--data-dir";
        withDir[1] = dir.toString();
        System.arraycopy(args, 0, withDir, 2, args.length);
        StringWriter out = new StringWriter();
        Optional<Integer> answered = QuickStatus.askRunningApp(withDir,
                (folder, question) -> SingleInstance.ask(DataFolder.fromSystem(folder).root(), question), new PrintWriter(out));
        return answered.isPresent() ? new Asked(new CliHarness.Result(answered.get(), out.toString(), ""), true)
                : new Asked(CliHarness.run(CLOCK, dir, withDir), false);
    }

    private Asked awaitAnswerByTheApp(String... args) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Asked asked = status(args);
        while (!asked.byTheApp()) {
            assertTrue(System.nanoTime() < end, "the running app never answered");
            Thread.sleep(20);
            asked = status(args);
        }
        return asked;
    }

    @BeforeEach
    void theTrayRuns() throws Exception {
        assertEquals(0, CliHarness.run(CLOCK, dir, "init", "--example").code());
        TrayApp app = new TrayApp(new AppEnvironment(CLOCK), DataFolder.at(dir), new TrayAppTest.FakeTray(true),
                new TrayAppTest.FakeWindows(), Locale.ENGLISH);
        // wired as TrayApp.run wires it
        instance = SingleInstance.acquire(dir, line -> { }, app::answer).orElseThrow();
        running = TrayAppTest.AppThread.start(app);
    }

    @AfterEach
    void quit() throws Exception {
        instance.close();
        running.quitAndAwaitCleanEnd();
    }

    @Test
    void theRunningAppAnswersAsTheCommandWouldAlsoWhenTheSyncSavedTheScheduleAfterStatusJson() throws Exception {
        CliHarness.Result text = CliHarness.run(CLOCK, dir, "status");
        CliHarness.Result json = CliHarness.run(CLOCK, dir, "status", "--json");
        assertEquals(text, awaitAnswerByTheApp("status").result());
        assertEquals(json, awaitAnswerByTheApp("status", "--json").result());

        // a sync: schedule.ics saved again, after the app wrote status.json
        var schedules = new AppEnvironment(CLOCK).workspace(Optional.of(dir.toString())).schedules();
        Thread.sleep(20);
        schedules.save(schedules.load(CLOCK.getZone()));
        assertTrue(Files.getLastModifiedTime(dir.resolve("schedule.ics")).compareTo(
                Files.getLastModifiedTime(dir.resolve("status.json"))) > 0, "schedule.ics is newer than status.json");
        assertEquals(text, awaitAnswerByTheApp("status").result(), "answered again once the app read it");
    }

    @Test
    void aFocusSetByTheCliAMomentAgoIsNeverAnsweredFromWhatTheAppReadBefore() throws Exception {
        awaitAnswerByTheApp("status");
        assertEquals(0, CliHarness.run(CLOCK, dir, "focus", "30m").code());

        // at once, before the app's watcher read override.json (300 ms): the app refuses, the command reads it
        Asked first = status("status");
        assertTrue(first.result().out().startsWith("Focus (set by hand)"), first.result().out());
        Asked later = awaitAnswerByTheApp("status");
        assertEquals(first.result(), later.result(), "once read, the app answers the focus itself");
    }
}
