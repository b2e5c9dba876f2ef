package org.reachable.adapters.keyring;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of the operating system's own tools with text on its standard input; tests give a fake. */
public interface OsTool {

    /** What the tool said: its exit code and standard output. */
    record Result(int exit, String out) {
    }

    Result run(List<String> command, String input) throws IOException;

    /** The real one: a process, 30 s at most (a keychain that asks the user to allow access needs a moment). */
    OsTool PROCESS = (command, input) -> {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " was interrupted", e);
        }
        return new Result(process.exitValue(), out);
    };
}
