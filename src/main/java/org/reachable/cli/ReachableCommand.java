package org.reachable.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemWords;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reachable}: with no command it starts the tray app; with one it answers and exits.
 * Exit codes: 0 ok, 1 a user error (one line on stderr), 2 bad usage.
 */
@Command(name = "reachable", mixinStandardHelpOptions = true, version = "Reachable 0.1.0",
        resourceBundle = "org.reachable.cli.usage",
        subcommands = {StatusCommand.class, AgendaCommand.class, InitCommand.class, ExportIcsCommand.class,
            FocusCommand.class, AvailableCommand.class, SnippetCommand.class, ProfileCommand.class,
            ImportIcsCommand.class, PublishCommand.class, SyncCommand.class})
public final class ReachableCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR")
    String dataDir;

    @Option(names = "--background")
    boolean background;

    /** Internal: the window process the tray app starts (JavaFX lives only there). */
    @Option(names = "--ui", hidden = true)
    boolean ui;

    /** Internal, with --ui: there is no tray, so the window stands in for it. */
    @Option(names = "--fallback", hidden = true)
    boolean fallback;

    final CliEnvironment env;
    private PrintWriter out;
    private PrintWriter err;

    private ReachableCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!ui) {
            requireDataDir();
        }
        return ui ? env.startWindow(Optional.ofNullable(dataDir), fallback)
                : env.startGui(Optional.ofNullable(dataDir), background);
    }

    /**
     * A --data-dir that does not exist is a mistyped path far more often than a wish for a new
     * folder: answering with an empty schedule's status (exit 0) would hide it. Only init makes one.
     */
    void requireDataDir() {
        if (dataDir != null && !Files.isDirectory(Path.of(dataDir))) {
            throw new UserError(new Messages(Locale.getDefault()).get("error.noDataDir", dataDir));
        }
    }

    Optional<String> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    PrintWriter out() {
        return out;
    }

    /** For warnings that must not mix with the output a script reads. */
    PrintWriter err() {
        return err;
    }

    /** The root of a command run without picocli ({@link QuickStatus}). */
    static ReachableCommand quick(CliEnvironment env, String dataDir, PrintWriter out, PrintWriter err) {
        ReachableCommand root = new ReachableCommand(env);
        root.dataDir = dataDir;
        root.out = out;
        root.err = err;
        return root;
    }

    /** Runs the command line and returns the exit code; never calls System.exit. */
    public static int run(CliEnvironment env, String[] args, PrintWriter out, PrintWriter err) {
        Optional<Integer> quick = QuickStatus.run(env, args, out, err);
        if (quick.isPresent()) {
            return quick.get();
        }
        ReachableCommand root = new ReachableCommand(env);
        root.out = out;
        root.err = err;
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        // "-5m" is a duration gone wrong, not an unknown option: let the command say what is allowed
        cli.getSubcommands().get("focus").setUnmatchedOptionsArePositionalParams(true);
        cli.getSubcommands().get("available").setUnmatchedOptionsArePositionalParams(true);
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            if (e instanceof UserError || e instanceof StoreException || e instanceof InvalidScheduleException) {
                err.println("reachable: " + ProblemWords.in(Locale.getDefault()).message(e));
                err.flush();
                return 1;
            }
            throw e;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
