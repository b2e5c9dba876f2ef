package org.reachable.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.files.StatusCache;
import org.reachable.adapters.os.SingleInstance;
import org.reachable.cli.QuickStart;
import org.reachable.cli.QuickStatus;
import org.reachable.cli.ReachableCommand;

/**
 * The jar's main class. Does not extend {@code Application}, so the jar starts from the class path
 * and the command line never loads the JavaFX toolkit (it works with no display).
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        QuickStart.of(args).ifPresent(start -> System.exit(start.window()
                ? new AppEnvironment().startWindow(start.dataDir(), start.backgroundOrFallback())
                : new AppEnvironment().startGui(start.dataDir(), start.backgroundOrFallback())));
        Charset charset = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        // `reachable status` answered by the running app, else by what the last one read, before any adapter is built (QuickStatus)
        System.exit(QuickStatus.askRunningApp(args, (dir, question) -> SingleInstance.ask(DataFolder.fromSystem(dir).root(), question), out)
                .or(() -> QuickStatus.recall(args, dir -> new StatusCache(DataFolder.fromSystem(dir)), new org.reachable.adapters.json.JsonCodec(), out))
                .orElseGet(() -> ReachableCommand.run(new AppEnvironment(), args, out, err)));
    }
}
