package org.reachable.adapters.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reachable.log's lines: what a user sends us reads as it always did. */
class LogFileTest {

    @Test
    void eachRecordIsTheLineTheJdksFormatterWroteWithTheLogsFormat() {
        String before = System.getProperty("java.util.logging.SimpleFormatter.format");
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT%1$tz %4$s %5$s%6$s%n");
        try {
            SimpleFormatter jdk = new SimpleFormatter();
            LogRecord plain = record(Level.INFO, "Reachable starts for /home/anna/.config/reachable", null);
            LogRecord failed = record(Level.WARNING, "Cannot write status.json: {0}", new IllegalStateException("disk full"));
            failed.setParameters(new Object[] {"disk full"});
            for (LogRecord record : new LogRecord[] {plain, failed, record(Level.SEVERE, "Hook failed", null)}) {
                assertEquals(jdk.format(record), new LogFile.Line().format(record));
            }
            assertEquals("2026-12-07T16:40:05+0000 INFO Reachable starts for /home/anna/.config/reachable"
                    + System.lineSeparator(), withZone("UTC", plain));
        } finally {
            if (before == null) {
                System.clearProperty("java.util.logging.SimpleFormatter.format");
            } else {
                System.setProperty("java.util.logging.SimpleFormatter.format", before);
            }
        }
    }

    /**
     * The tray chooses its tray on a thread of its own before its log is open: what that thread logs
     * goes to reachable.log, nothing to standard error (a JVM of its own: the log is the JVM's).
     */
    @Test
    void whatIsLoggedBeforeTheFileOpensWaitsForIt(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("reachable.log");
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), EarlyLine.class.getName(), log.toString()).start();
        String printed = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                + new String(jvm.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jvm.waitFor(), printed);
        assertEquals("", printed, "nothing on the console");
        List<String> lines = Files.readAllLines(log);
        assertEquals(List.of("INFO Tray: AWT (no session bus)", "INFO Reachable starts"),
                lines.stream().map(l -> l.substring(l.indexOf(' ') + 1)).toList());
    }

    /** The main of {@link #whatIsLoggedBeforeTheFileOpensWaitsForIt}'s JVM. */
    public static final class EarlyLine {
        public static void main(String[] args) throws Exception {
            LogFile.holdUntilOpen();
            Thread early = new Thread(() -> Logger.getLogger("org.reachable.adapters.tray.DesktopTrays")
                    .info("Tray: AWT (no session bus)"));
            early.start();
            early.join();
            LogFile.open(Path.of(args[0]));
            LogFile.get().info("Reachable starts");
        }
    }

    private static String withZone(String zone, LogRecord record) {
        java.util.TimeZone before = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
        try {
            return new LogFile.Line().format(record);
        } finally {
            java.util.TimeZone.setDefault(before);
        }
    }

    private static LogRecord record(Level level, String message, Throwable thrown) {
        LogRecord record = new LogRecord(level, message);
        record.setInstant(Instant.parse("2026-12-07T16:40:05.123Z"));
        record.setThrown(thrown);
        return record;
    }
}
