package org.reachable.cli;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.sync.SyncEngine;
import org.reachable.domain.sync.SyncReport;
import org.reachable.domain.sync.SyncState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reachable sync}: one sync with the calendar server now; {@code --setup URL --user NAME}
 * first signs in with the password read from standard input (kept in the keyring) and finds or
 * makes the "Reachable" calendar; {@code --status} says how the sync stands without connecting.
 * A failure is a user error (exit 1) in the user's language; the changes then wait for the next sync.
 */
@Command(name = "sync", mixinStandardHelpOptions = true)
final class SyncCommand extends BaseCommand {

    @Option(names = "--setup", paramLabel = "URL")
    String setup;

    @Option(names = "--user", paramLabel = "NAME")
    String user;

    @Option(names = "--status")
    boolean status;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((setup == null) != (user == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages().get("sync.setupNeedsBoth"));
        }
        if (status && setup != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages().get("sync.statusAlone"));
        }
        workspace(); // a --data-dir that does not exist stops here
        SyncEngine engine = env().sync(root.dataDir());
        if (status) {
            printStatus(engine);
            return 0;
        }
        if (setup != null) {
            String password = password().orElseThrow(() -> new UserError(messages().get("sync.noPasswordGiven")));
            engine.setUp(setup, user, password);
            out().println(messages().get("sync.setUp", setup, user, engine.state().calendar().orElse("")));
        }
        SyncReport report;
        try {
            report = engine.sync();
        } catch (StoreException e) {
            if (e.problem().kind() != ProblemKind.SYNC_NO_PASSWORD) {
                throw e;
            }
            // no keyring kept it (none on this system): ask once, for this run
            SyncState state = engine.state();
            root.err().println(messages().get("sync.askPassword", state.user(), state.url()));
            root.err().flush();
            String password = password().orElseThrow(() -> e);
            engine.remember(password);
            report = engine.sync();
        }
        print(report, engine.state());
        return 0;
    }

    /** One line of standard input, without its line end; empty when there is none. */
    private Optional<String> password() throws IOException {
        String line = env().stdin().readLine();
        return line == null || line.isEmpty() ? Optional.empty() : Optional.of(line);
    }

    private void print(SyncReport report, SyncState state) {
        out().println(report.nothing() ? messages().get("sync.nothing", state.url())
                : messages().get("sync.done", state.url(), report.sent(), report.received(), report.deletedThere(),
                        report.deletedHere()));
        if (report.conflicts() > 0) {
            out().println(messages().get("sync.conflicts", report.conflicts()));
        }
        ProblemWords words = ProblemWords.in(Locale.getDefault());
        for (Problem p : report.leftOut()) {
            out().println("  " + words.words(p));
        }
    }

    private void printStatus(SyncEngine engine) throws StoreException {
        SyncState state = engine.state();
        if (!state.configured()) {
            out().println(ProblemWords.in(Locale.getDefault()).words(Problem.of(ProblemKind.SYNC_NOT_SET_UP)));
            return;
        }
        out().println(messages().get("sync.status.server", state.url(), state.user()));
        state.calendar().ifPresent(c -> out().println(messages().get("sync.status.calendar", c)));
        out().println(state.lastSync().map(t -> messages().get("sync.status.last",
                messages().dateTime(t, env().clock().getZone()))).orElse(messages().get("sync.status.never")));
        out().println(messages().get("sync.status.waiting", engine.waiting().size()));
        if (!state.conflicts().isEmpty()) {
            out().println(messages().get("sync.conflicts", state.conflicts().size()));
        }
        state.problem().ifPresent(p -> out().println(messages().get("sync.status.failed", state.failures(),
                ProblemWords.in(Locale.getDefault()).words(p))));
    }
}
