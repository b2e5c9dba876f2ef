package org.reachable.adapters.os;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.reachable.domain.port.Hooks;

/**
 * Runs a user's hook command (from settings) when a state begins, off the caller's thread, with a
 * timeout. A hook that fails or hangs is reported through {@code onProblem}, never fatal.
 */
public final class HookRunner implements Hooks {

    private final Duration timeout;
    private final Consumer<Failure> onProblem;

    /** Why a hook failed, for the app to tell the user in their language. */
    public record Failure(String command, Kind kind, int exitCode, String detail) {
        public enum Kind { TIMED_OUT, FAILED, COULD_NOT_START }
    }
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reachable-hooks");
        t.setDaemon(true);
        return t;
    });

    public HookRunner(Duration timeout, Consumer<Failure> onProblem) {
        this.timeout = timeout;
        this.onProblem = onProblem;
    }

    /** Starts {@code command} through the shell with {@code environment} added; returns at once. */
    @Override
    public void run(String command, Map<String, String> environment) {
        executor.execute(() -> runNow(command, environment));
    }

    /** Waits for the hooks started so far; for tests and shutdown. */
    public void awaitIdle(Duration max) throws Exception {
        executor.submit(() -> { }).get(max.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runNow(String command, Map<String, String> environment) {
        Path output = null;
        try {
            output = Files.createTempFile("reachable-hook", ".log");
            ProcessBuilder builder = new ProcessBuilder(shell(command));
            builder.environment().putAll(environment);
            builder.redirectErrorStream(true).redirectOutput(output.toFile());
            builder.redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")));
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                onProblem.accept(new Failure(command, Failure.Kind.TIMED_OUT, -1, timeout.toSeconds() + " s"));
            } else if (process.exitValue() != 0) {
                String text = Files.readString(output, StandardCharsets.UTF_8).strip();
                onProblem.accept(new Failure(command, Failure.Kind.FAILED, process.exitValue(),
                        text.isEmpty() ? "" : lastLine(text)));
            }
        } catch (IOException e) {
            onProblem.accept(new Failure(command, Failure.Kind.COULD_NOT_START, -1, e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.split("\\R");
        return lines[lines.length - 1];
    }

    private static List<String> shell(String command) {
        return isWindows() ? List.of("cmd.exe", "/c", command) : List.of("/bin/sh", "-c", command);
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    public void close() {
        executor.shutdownNow();
    }
}
