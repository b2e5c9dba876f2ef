package org.reachable.adapters.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.problem.ProblemWords;

/**
 * Two processes that read, change and write one data file in turns lose none of each other's
 * writes; a process kept waiting too long is told so in the reader's language, and a turn held by
 * a process that dies is free again.
 */
class FileTurnsTest {

    @TempDir
    Path dir;

    /** Adds 1 to the number in {@code file}, {@code times} times, each a read and a write in one turn. */
    static void count(StoreFile file, int times) throws StoreException, InterruptedException {
        for (int i = 0; i < times; i++) {
            file.exclusive(() -> {
                int now = file.read().map(b -> Integer.parseInt(new String(b, StandardCharsets.UTF_8).trim())).orElse(0);
                try {
                    Thread.sleep(3); // a merge takes a moment: the other writer would step in here
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                file.write(String.valueOf(now + 1).getBytes(StandardCharsets.UTF_8));
                return null;
            });
        }
    }

    private Process otherProcess(String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FileTurnsChild.class.getName());
        builder.command().addAll(List.of(args));
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private static String firstLine(Process process) throws Exception {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    private StoreFile counter() {
        return new StoreFile(new DataFile(dir.resolve("counter.txt"), Clock.systemUTC()));
    }

    @Test
    void twoProcessesWritingInTurnsLoseNoWrite() throws Exception {
        Process other = otherProcess(dir.resolve("counter.txt").toString(), "COUNT", "40");
        try {
            assertEquals("ready", firstLine(other));
            Thread other2 = new Thread(() -> {
                try {
                    count(counter(), 20); // a second writer in this process too: threads take turns as well
                } catch (StoreException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            other2.start();
            count(counter(), 40);
            other2.join();
            assertTrue(other.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, other.exitValue());
            assertEquals("100", new String(counter().read().orElseThrow(), StandardCharsets.UTF_8));
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aTurnHeldTooLongIsToldAndATurnHeldByADeadProcessIsFreeAgain() throws Exception {
        Process holder = otherProcess(dir.resolve("counter.txt").toString(), "HOLD");
        try {
            assertEquals("holding", firstLine(holder));
            StoreException e = assertThrows(StoreException.class, () -> FileTurns.holding(
                    dir.resolve("counter.txt.lock"), Duration.ofMillis(300), "schedule.ics", () -> "written"));
            assertEquals(ProblemKind.FILE_BUSY, e.problem().kind());
            assertEquals("schedule.ics bleef bezet: een ander deel van Reachable (de synchronisatie, het"
                    + " venster of de opdrachtregel) was het aan het opslaan. Er is niets verloren; bij de volgende"
                    + " wijziging wordt het opnieuw geprobeerd", ProblemWords.in(Locale.forLanguageTag("nl")).words(e.problem()));
        } finally {
            holder.destroyForcibly().waitFor();
        }
        assertEquals("written", FileTurns.holding(dir.resolve("counter.txt.lock"), Duration.ofSeconds(2), "schedule.ics",
                () -> "written"), "the OS freed the lock of the killed process");
    }
}
