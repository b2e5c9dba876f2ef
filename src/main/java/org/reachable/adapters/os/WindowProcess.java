package org.reachable.adapters.os;

import java.io.IOException;

/** The window process as the tray process sees it: a seam, so tests of the tray need no second JVM. */
public interface WindowProcess {

    /** Sends one message; false if the process is gone. */
    boolean send(ProcessMessage message);

    boolean isAlive();

    int waitFor() throws InterruptedException;

    void stop();

    /** Starts a window process; {@code fallback}: without a tray, its window is the app. */
    interface Starter {
        WindowProcess start(boolean fallback) throws IOException;
    }
}
