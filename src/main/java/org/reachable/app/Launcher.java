package org.reachable.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import org.reachable.cli.ReachableCommand;

/**
 * The jar's main class. Does not extend {@code Application}, so the jar starts from the class path
 * and the command line never loads the JavaFX toolkit (it works with no display).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<QuickStart> quick = QuickStart.of(args);
        if (quick.isPresent()) {
            System.exit(quick.get().run(new AppEnvironment()));
        }
        Charset charset = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        int code = ReachableCommand.run(new AppEnvironment(), args, out, err);
        System.exit(code);
    }

    /**
     * The starts made most often, taken without picocli: loading it and every command's class cost
     * ~0.3 s before the tray could dock (class-load log, 2-core machine), and the window process is
     * started on each tray click. The tray app (no arguments, or --background) and the window
     * process the tray starts (--data-dir DIR --ui [--fallback]) only; anything else, --data-dir with
     * the tray included (its folder must be checked), goes through the command line as before.
     */
    record QuickStart(boolean window, Optional<String> dataDir, boolean backgroundOrFallback) {

        static Optional<QuickStart> of(String[] args) {
            List<String> list = List.of(args);
            if (list.isEmpty() || list.equals(List.of("--background"))) {
                return Optional.of(new QuickStart(false, Optional.empty(), !list.isEmpty()));
            }
            if (list.size() >= 3 && list.size() <= 4 && list.get(0).equals("--data-dir") && list.get(2).equals("--ui")
                    && !list.get(1).startsWith("-") && (list.size() == 3 || list.get(3).equals("--fallback"))) {
                return Optional.of(new QuickStart(true, Optional.of(list.get(1)), list.size() == 4));
            }
            return Optional.empty();
        }

        int run(AppEnvironment environment) {
            return window ? environment.startWindow(dataDir, backgroundOrFallback)
                    : environment.startGui(dataDir, backgroundOrFallback);
        }
    }
}
