package org.reachable.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.os.SingleInstance;
import org.reachable.cli.CliHarness;
import org.reachable.cli.QuickStatus;
import org.reachable.domain.service.Workspace;

/**
 * {@code reachable status} while the app runs is answered by the app, from what it holds (no
 * schedule parsed by the command), exactly as the command prints it; never when a file changed
 * after the app last wrote status.json, which it may not have read yet.
 */
class RunningAppAnswersStatusTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;

    private CliHarness.Result run(String... args) {
        return CliHarness.run(CLOCK, dir, args);
    }

    private void age(String file, Instant when) throws Exception {
        Files.setLastModifiedTime(dir.resolve(file), FileTime.from(when));
    }

    @Test
    void theRunningAppAnswersAsTheCommandWouldAndAFileChangedSinceIsReadByTheCommandItself() throws Exception {
        assertEquals(0, run("init", "--example").code());
        String text = run("status").out();
        String json = run("status", "--json").out();
        Workspace.Loaded held = new AppEnvironment(CLOCK).workspace(Optional.of(dir.toString())).load();
        Instant now = Instant.now();
        try (SingleInstance app = SingleInstance.acquire(dir, line -> { },
                question -> QuickStatus.answer(question, held, CLOCK, new AppEnvironment(CLOCK).json())).orElseThrow()) {
            Files.writeString(dir.resolve("status.json"), "{}");
            age("status.json", now);
            age("schedule.ics", now.minusSeconds(60));
            age("settings.json", now.minusSeconds(60));
            // the schedule broken on disk after the app read it: only an answer from the app can be right
            byte[] schedule = Files.readAllBytes(dir.resolve("schedule.ics"));
            Files.writeString(dir.resolve("schedule.ics"), "BEGIN:VCALENDAR\nbroken");
            age("schedule.ics", now.minusSeconds(60));

            assertEquals(new CliHarness.Result(0, text, ""), run("status"));
            assertEquals(new CliHarness.Result(0, json, ""), run("status", "--json"));

            // a focus set just now, which the app has not read: the command reads the files itself
            Files.write(dir.resolve("schedule.ics"), schedule);
            age("schedule.ics", now.minusSeconds(60));
            assertEquals(0, run("focus", "30m").code());
            CliHarness.Result after = run("status");
            assertTrue(after.out().startsWith("Focus (set by hand)"), after.out());
        }
    }
}
