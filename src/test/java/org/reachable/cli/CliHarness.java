package org.reachable.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.reachable.adapters.files.DataFolder;
import org.reachable.app.AppEnvironment;
import org.reachable.domain.service.CalendarImporter;

/**
 * Runs the command line as a user would, in-process, over a temp data folder (or the one given
 * with --data-dir) and a fixed clock; it fails the test if the CLI tries to start the GUI.
 */
public final class CliHarness {

    /** Exit code and what went to standard output and error. */
    public record Result(int code, String out, String err) {
        public List<String> lines() {
            return out.lines().toList();
        }
    }

    private CliHarness() {
    }

    public static Result run(Clock clock, Path defaultDir, String... args) {
        return run(clock, defaultDir, null, args);
    }

    /** As {@link #run(Clock, Path, String...)}, with calendars fetched by {@code importer} (null: the real one). */
    public static Result run(Clock clock, Path defaultDir, CalendarImporter importer, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppEnvironment env = new AppEnvironment(clock) {
            @Override
            protected DataFolder folder(Optional<String> dataDir) {
                return DataFolder.at(dataDir.map(Path::of).orElse(defaultDir));
            }

            @Override
            public int startGui(Optional<String> dataDir, boolean background) {
                throw new AssertionError("the CLI must not start the GUI");
            }

            @Override
            public int startWindow(Optional<String> dataDir, boolean fallback) {
                throw new AssertionError("the CLI must not start a window");
            }

            @Override
            public CalendarImporter calendars() {
                return importer == null ? super.calendars() : importer;
            }
        };
        int code = ReachableCommand.run(env, args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
