package org.reachable.adapters.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process at random moments and checks the file is never left half-written. A
 * kill is not a power cut (that is what the fsyncs are for, and no test here can cut power), but
 * it does catch any order of steps in which the target is briefly missing or partial.
 */
class AtomicFileCrashTest {

    private static final int ROUNDS = 20;
    /** Long enough to land in any step of a write, including the child's first ones. */
    private static final int MAX_KILL_DELAY_MS = 300;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aWriterKilledAtAnyMomentLeavesTheOldOrTheNewContentNeverAMix() throws Exception {
        long seed = Long.getLong("reachable.crash.seed", System.nanoTime());
        // printed first, so that a timeout or an exception (whose message has no seed) can be rerun too
        System.out.println("AtomicFileCrashTest seed " + seed + " (rerun with -Dreachable.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path data = Files.createDirectory(dir.resolve("data"));
        Path target = data.resolve("schedule.ics");
        byte[] initial = AtomicWriteLoop.initialContent();
        byte[] a = AtomicWriteLoop.contentA();
        byte[] b = AtomicWriteLoop.contentB();
        Files.write(target, initial);
        Path argFile = javaArgFile(target);
        int replaced = 0;

        for (int round = 1; round <= ROUNDS; round++) {
            int delay = random.nextInt(MAX_KILL_DELAY_MS + 1);
            // the last round waits for a complete write before its kill, so the run proves writes
            // happen however slow the machine is (a busy CI box once had none within the delays)
            killWhileWriting(argFile, delay, round == ROUNDS);
            String where = "seed " + seed + " (rerun with -Dreachable.crash.seed=" + seed + "), round "
                    + round + ", killed " + delay + " ms after start: ";

            assertTrue(Files.exists(target), where + "schedule.ics is missing");
            byte[] now = Files.readAllBytes(target);
            assertTrue(isOneOf(now, initial, a, b), where + "schedule.ics is torn: " + describe(now));
            Path bak = AtomicFile.backupOf(target);
            if (Files.exists(bak)) {
                byte[] backup = Files.readAllBytes(bak);
                assertTrue(isOneOf(backup, initial, a, b), where + "schedule.ics.bak is torn: " + describe(backup));
            }
            for (String name : AtomicFileTest.namesIn(data)) {
                assertTrue(
                        name.equals("schedule.ics") || name.equals("schedule.ics.bak")
                                || (name.startsWith(".schedule.ics.") && name.endsWith(".tmp")),
                        where + "a leftover that is not recognisably ours: " + name);
            }
            if (!Arrays.equals(now, initial)) {
                replaced++;
            }
        }
        // Otherwise the rounds above could have passed without a single write happening.
        assertTrue(replaced > 0, "seed " + seed + ": the child never replaced the file in " + ROUNDS + " rounds");
    }

    private void killWhileWriting(Path argFile, int delayMs, boolean afterAWrite) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errors = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(java.toString(), "@" + argFile)
                .redirectError(errors.toFile())
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8));
            String line = out.readLine();
            if (!AtomicWriteLoop.STARTED.equals(line)) {
                child.waitFor(5, TimeUnit.SECONDS);
                fail("child did not start writing; said " + line + ", stderr: " + Files.readString(errors));
            }
            if (afterAWrite) {
                assertEquals(AtomicWriteLoop.REPLACED, out.readLine(), "stderr: " + Files.readString(errors));
            }
            Thread.sleep(delayMs);
            assertTrue(child.isAlive(), "child stopped on its own, stderr: " + Files.readString(errors));
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "child did not die");
        }
    }

    /**
     * The class path goes in an argument file: on Windows a long -cp would pass the command-line
     * limit. Quick-start flags keep 20 child JVMs within the time budget on two cores.
     */
    private Path javaArgFile(Path target) throws IOException {
        String classPath = System.getProperty("java.class.path");
        assertNotNull(classPath);
        List<String> args = List.of(
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                quote(classPath),
                AtomicWriteLoop.class.getName(),
                quote(target.toString()));
        return Files.write(dir.resolve("child.args"), args, UTF_8);
    }

    /** Argument-file syntax: quoted, with backslashes (Windows paths) doubled. */
    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean isOneOf(byte[] actual, byte[]... allowed) {
        return Arrays.stream(allowed).anyMatch(candidate -> Arrays.equals(actual, candidate));
    }

    private static String describe(byte[] content) {
        String start = new String(content, 0, Math.min(12, content.length), UTF_8).replace("\n", "\\n");
        return content.length + " bytes starting \"" + start + "\"";
    }
}
