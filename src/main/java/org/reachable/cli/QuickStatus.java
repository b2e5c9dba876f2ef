package org.reachable.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.port.JsonFormat;
import org.reachable.domain.port.StatusMemory;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.status.HeldStatus;
import org.reachable.domain.status.Status;
import org.reachable.domain.status.StatusResolver;

/**
 * {@code reachable [--data-dir DIR] status [--json]}, what scripts and panel widgets run most,
 * answered without building picocli's command line: that reflects over every command first, and
 * picocli's classes (class file version 49) cannot go into an AppCDS archive, so a status paid for
 * them at every run. The same command, the same output and exit codes; any other form (--at, help,
 * a typo) goes through picocli as before. While the app runs, it answers the question itself,
 * from the data it holds (no schedule parsed, no JSON library loaded here), unless a file changed
 * since it read it. Else the status the last run made of the files answers, while they are as it read
 * them and it still holds ({@link #recall}); only then are they parsed, and what they say is kept.
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
        StatusResolver resolver = data.resolver();
        Status status = resolver.status(clock.instant());
        return Optional.of(render(status, data.zone(),
                StatusCommand.dayBack(status, resolver, data.settings().channels(), data.zone()),
                Locale.forLanguageTag(parts[1]), parts[2].equals("json") ? json : null));
    }

    /** What the command prints in {@code locale}: the JSON object when {@code json} is given, else the text. */
    static String render(Status status, ZoneId zone, Optional<LocalDate> dayBack, Locale locale, JsonFormat json) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (json != null) {
            out.println(json.status(status, zone, locale.getLanguage()));
        } else {
            StatusCommand.print(status, zone, dayBack, locale, out);
        }
        out.flush();
        return text.toString();
    }

    /** Asks the app running for a data folder ({@code --data-dir DIR}, else the usual one) a question. */
    public interface RunningApp {
        Optional<String> ask(Optional<String> dataDir, String question);
    }

    /** {@code [--data-dir DIR] status [--json]}: the folder given, if any, and whether JSON is wanted. */
    private record Form(Optional<String> dataDir, boolean json) {

        static Optional<Form> of(String[] args) {
            List<String> list = List.of(args);
            Optional<String> dataDir = Optional.empty();
            if (list.size() >= 2 && list.get(0).equals("--data-dir") && !list.get(1).startsWith("-")) {
                dataDir = Optional.of(list.get(1));
                list = list.subList(2, list.size());
            }
            boolean json = list.equals(List.of("status", "--json"));
            return json || list.equals(List.of("status")) ? Optional.of(new Form(dataDir, json)) : Optional.empty();
        }
    }

    /**
     * The app running for the folder prints the status (exit 0), from what it holds: run before the
     * command line's adapters are built (the zone rules alone open every jar on the class path, and
     * the JSON library is not loaded at all). Empty for another command, when no app runs, or when it
     * refuses because a file changed since it read it: then {@link #run} reads the files itself.
     */
    public static Optional<Integer> askRunningApp(String[] args, RunningApp app, PrintWriter out) {
        Optional<Form> form = Form.of(args);
        if (form.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> answered = app.ask(form.get().dataDir(),
                String.join("\t", QUESTION, Locale.getDefault().toLanguageTag(), form.get().json() ? "json" : "text"));
        if (answered.isEmpty()) {
            return Optional.empty();
        }
        out.print(answered.get());
        out.flush();
        return Optional.of(0);
    }

    /**
     * What the last {@code status} read, when it still holds (no app ran to answer): printed as the
     * command prints it now, in this process's language, exit 0. Empty for another command, or when
     * nothing kept holds now ({@link StatusMemory}, {@link HeldStatus#at}): then {@link #run} reads the
     * files and keeps what it made of them.
     */
    public static Optional<Integer> recall(String[] args, Function<Optional<String>, StatusMemory> memories,
            JsonFormat json, PrintWriter out) {
        return recall(args, memories, json, Clock.systemUTC(), out);
    }

    static Optional<Integer> recall(String[] args, Function<Optional<String>, StatusMemory> memories,
            JsonFormat json, Clock clock, PrintWriter out) {
        Optional<Form> form = Form.of(args);
        if (form.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> answer = memories.apply(form.get().dataDir()).recall()
                .flatMap(held -> held.at(clock.instant()).map(status -> render(status, held.zone(), held.dayBack(),
                        Locale.getDefault(), form.get().json() ? json : null)));
        answer.ifPresent(text -> {
            out.print(text);
            out.flush();
        });
        return answer.map(text -> 0);
    }

    static Optional<Integer> run(CliEnvironment env, String[] args, PrintWriter out, PrintWriter err) {
        Optional<Form> form = Form.of(args);
        if (form.isEmpty()) {
            return Optional.empty();
        }
        ReachableCommand root = ReachableCommand.quick(env, form.get().dataDir().orElse(null), out, err);
        StatusCommand status = new StatusCommand();
        status.root = root;
        status.json = form.get().json();
        try {
            status.keep = status.workspace().statusMemory().beforeReading();
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
