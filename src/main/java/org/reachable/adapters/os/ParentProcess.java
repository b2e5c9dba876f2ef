package org.reachable.adapters.os;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/** The window process's end of the pipe: {@link ProcessMessage}s from the tray process on standard input. */
public final class ParentProcess {

    /** The one line the window process writes on its standard output: it is built and can show things. */
    static final String READY = "READY";

    private ParentProcess() {
    }

    /** Tells the tray process that this window process is built: a message now shows at once. */
    public static void ready() {
        System.out.println(READY);
        System.out.flush();
    }

    /**
     * Reads messages on a daemon thread until the tray process is gone (end of input), then runs
     * {@code gone}.
     *
     * @param unknown told of a line no version of Reachable sends
     */
    public static void listen(InputStream in, Consumer<ProcessMessage> each, Consumer<String> unknown, Runnable gone) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    Optional<ProcessMessage> message = ProcessMessage.parse(line);
                    if (message.isPresent()) {
                        each.accept(message.get());
                    } else {
                        unknown.accept(line);
                    }
                }
            } catch (IOException e) {
                unknown.accept("(lost: " + e.getMessage() + ")");
            }
            gone.run();
        }, "reachable-commands");
        reader.setDaemon(true);
        reader.start();
    }
}
