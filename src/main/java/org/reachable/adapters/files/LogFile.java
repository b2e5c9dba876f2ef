package org.reachable.adapters.files;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * {@code reachable.log} in the data folder: what the app did and every problem, so a user can send
 * it. Rotated at start when it passed {@link #MAX_BYTES} (the old one becomes reachable.log.1).
 */
public final class LogFile {

    public static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final Logger ROOT = Logger.getLogger("org.reachable");
    private static final String FORMAT = "%1$tFT%1$tT%1$tz %4$s %5$s%6$s%n";

    private static final List<LogRecord> HELD = new ArrayList<>();
    private static final Handler HOLDER = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (HELD) {
                if (isLoggable(record)) {
                    HELD.add(record);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogFile() {
    }

    public static Logger get() {
        return ROOT;
    }

    /** For the window process, whose standard error the tray process appends to reachable.log. */
    public static void toConsole() {
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
    }

    /**
     * One record a line, as {@link java.util.logging.SimpleFormatter} with {@link #FORMAT} writes it, but
     * with the level's own name: SimpleFormatter looks up the localized level names (a resource bundle
     * found through the module system) for the first record, and the tray logs one before its icon docks
     * (class-load log: ~8 ms of the main thread, SCHED_FIFO, 7 December). The JDK has those names in no
     * language of ours.
     */
    static final class Line extends Formatter {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx");

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(TIME.format(record.getInstant().atZone(ZoneId.systemDefault())))
                    .append(' ').append(record.getLevel().getName()).append(' ').append(formatMessage(record));
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                try (PrintWriter out = new PrintWriter(trace)) {
                    out.println();
                    record.getThrown().printStackTrace(out);
                }
                line.append(trace);
            }
            return line.append(System.lineSeparator()).toString();
        }
    }

    /**
     * Until {@link #open}: what is logged waits for the file instead of going to standard error (the
     * tray starts choosing its tray on a thread of its own before its data folder, and so its log, is
     * settled). Without an {@code open} after it, it is dropped.
     */
    public static void holdUntilOpen() {
        synchronized (HELD) {
            if (!Arrays.asList(ROOT.getHandlers()).contains(HOLDER)) {
                ROOT.addHandler(HOLDER);
                ROOT.setUseParentHandlers(false);
            }
        }
    }

    /** The records logged before the file was open, handed to it in their order. */
    private static void release(Handler file) {
        synchronized (HELD) {
            ROOT.removeHandler(HOLDER);
            HELD.forEach(file::publish);
            HELD.clear();
        }
    }

    public static void open(Path file) {
        try {
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
            FileHandler handler = new FileHandler(file.toString(), true);
            handler.setFormatter(new Line());
            handler.setEncoding("UTF-8");
            ROOT.addHandler(handler);
            // the log file is the place; the console stays quiet (a second start prints nothing)
            ROOT.setUseParentHandlers(false);
            ROOT.setLevel(Level.INFO);
            release(handler);
        } catch (IOException e) {
            ROOT.warning("No log file: " + e.getMessage());
        }
    }
}
