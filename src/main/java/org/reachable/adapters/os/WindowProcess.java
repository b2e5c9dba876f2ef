package org.reachable.adapters.os;

import java.io.IOException;
import java.util.function.IntConsumer;

/** The window process as the tray process sees it: a seam, so tests of the tray need no second JVM. */
public interface WindowProcess {

    /** Sends one message; false if the process is gone. */
    boolean send(ProcessMessage message);

    boolean isAlive();

    int waitFor() throws InterruptedException;

    void stop();

    /** Called once with the exit code when the process ends. */
    default void onEnd(IntConsumer exitCode) {
        // a window that is no process never ends by itself
    }

    /**
     * Built and waiting: a message sent now is shown at once. A process just started needs seconds
     * (a JVM, the toolkit, the screens) before it can show anything.
     */
    default boolean ready() {
        return true;
    }

    /** What the process wrote, to tell why it ended. */
    default String output() {
        return "";
    }

    /** Starts a window process; {@code fallback}: without a tray, its window is the app. */
    interface Starter {
        WindowProcess start(boolean fallback) throws IOException;
    }
}
