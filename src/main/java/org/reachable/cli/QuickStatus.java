package org.reachable.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.port.JsonFormat;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.status.Status;

/**
 * {@code reachable [--data-dir DIR] status [--json]}, what scripts and panel widgets run most,
 * answered without building picocli's command line: that reflects over every command first, and
 * picocli's classes (class file version 49) cannot go into an AppCDS archive, so a status paid for
 * them at every run. The same command, the same output and exit codes; any other form (--at, help,
 * a typo) goes through picocli as before. While the app runs, it answers the question itself,
 * from the data it holds (no schedule parsed, no JSON library loaded here).
 */
public final class QuickStatus {

    private static final String QUESTION = "STATUS";

    private QuickStatus() {
    }

    /**
     * The running app's side: the answer to a status question, as the command would print it now in
     * the asker's language; empty for any other line.
     */
    public static Optional<String> answer(String question, Workspace.Loaded data, Clock clock, JsonFormat json) {
        String[] parts = question.split("\t", -1);
        if (parts.length != 3 || !parts[0].equals(QUESTION)) {
            return Optional.empty();
        }
        Status status = data.resolver().status(clock.instant());
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (parts[2].equals("json")) {
            out.println(json.status(status, data.zone()));
        } else {
            StatusCommand.print(status, data.zone(), data, Locale.forLanguageTag(parts[1]), out);
        }
        out.flush();
        return Optional.of(text.toString());
    }

    static Optional<Integer> run(CliEnvironment env, String[] args, PrintWriter out, PrintWriter err) {
        List<String> list = List.of(args);
        String dataDir = null;
        if (list.size() >= 2 && list.get(0).equals("--data-dir") && !list.get(1).startsWith("-")) {
            dataDir = list.get(1);
            list = list.subList(2, list.size());
        }
        boolean json = list.equals(List.of("status", "--json"));
        if (!json && !list.equals(List.of("status"))) {
            return Optional.empty();
        }
        // the running app answers from what it holds, when its status.json is newer than every file it is made from
        Optional<String> answered = env.askRunningApp(Optional.ofNullable(dataDir),
                String.join("\t", QUESTION, Locale.getDefault().toLanguageTag(), json ? "json" : "text"));
        if (answered.isPresent()) {
            out.print(answered.get());
            out.flush();
            return Optional.of(0);
        }
        ReachableCommand root = ReachableCommand.quick(env, dataDir, out, err);
        StatusCommand status = new StatusCommand();
        status.root = root;
        status.json = json;
        try {
            return Optional.of(status.call());
        } catch (UserError | StoreException | InvalidScheduleException e) {
            err.println("reachable: " + ProblemWords.in(Locale.getDefault()).message(e));
            return Optional.of(1);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
