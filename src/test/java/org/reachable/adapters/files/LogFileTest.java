package org.reachable.adapters.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

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
