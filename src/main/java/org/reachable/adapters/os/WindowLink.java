package org.reachable.adapters.os;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * The tray process's line to the window process: a message that finds no window process running
 * starts one, and a window process that ends with an error is reported once. After such a failure
 * notifications are refused (each would start a process that fails too) until the user asks for
 * the window again.
 */
public final class WindowLink {

    private static final Logger LOG = Logger.getLogger("org.reachable");

    /** Told when a window process ends with an error while the app still runs. */
    public interface Failure {
        void failed(WindowFailure cause, int exitCode);
    }

    private final WindowProcess.Starter starter;
    private final BooleanSupplier running;
    private final Failure failure;
    private WindowProcess window;
    private volatile boolean broken;

    /** @param running false once the app quits: a window process ending then is no failure */
    public WindowLink(WindowProcess.Starter starter, BooleanSupplier running, Failure failure) {
        this.starter = starter;
        this.running = running;
        this.failure = failure;
    }

    /** Opens (or raises) the window, starting the window process when it is not running; the user asks: try again. */
    public void show() {
        broken = false;
        send(new ProcessMessage.Show());
    }

    /** Shows a notification through the window process; false when it failed, so the caller says it otherwise. */
    public boolean notify(String title, String text) {
        return notify(title, text, "");
    }

    /** The same with a state's icon ("available", "focus", "off"; "" for the app's). */
    public boolean notify(String title, String text, String icon) {
        if (broken) {
            return false;
        }
        send(new ProcessMessage.Notify(title, text, icon));
        return true;
    }

    /** Without a tray: the small status window is the app, started at once; closing it quits. */
    public synchronized WindowProcess startFallback() throws IOException {
        window = starter.start(true);
        return window;
    }

    /** Ends the window process, if one runs. */
    public synchronized void stop() {
        if (window != null && window.isAlive()) {
            window.stop();
        }
    }

    /**
     * Starts the window process before anyone asks for it, when none runs: it builds its window and
     * waits hidden, so the first open is as quick as the later ones.
     */
    public synchronized void startAhead() {
        if (window == null || !window.isAlive()) {
            start();
        }
    }

    private synchronized void send(ProcessMessage message) {
        if (window != null && window.send(message)) {
            return;
        }
        WindowProcess started = start();
        if (started != null) {
            started.send(message);
        }
    }

    private WindowProcess start() {
        try {
            WindowProcess started = starter.start(false);
            window = started;
            started.onEnd(code -> {
                if (code != 0 && running.getAsBoolean()) {
                    failed(WindowFailure.of(started.output()), code);
                }
            });
            return started;
        } catch (IOException e) {
            LOG.severe("Cannot start the window: " + e.getMessage());
            failed(WindowFailure.CRASHED, -1);
            return null;
        }
    }

    private void failed(WindowFailure cause, int exitCode) {
        LOG.severe("The window process ended with exit code " + exitCode + " (" + cause + ")");
        broken = true;
        failure.failed(cause, exitCode);
    }
}
