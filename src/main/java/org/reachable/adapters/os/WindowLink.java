package org.reachable.adapters.os;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
    /** A window process that ends cleanly after this long is started again ahead. */
    private static final long RESTART_AFTER = TimeUnit.SECONDS.toNanos(60);

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

    /**
     * The same with a state's icon ("available", "focus", "off"; "" for the app's). Also false while
     * no window process is ready to show it at once (the first seconds after a start, or after one
     * ended for a new display language): one is started ahead, and the caller shows this one itself
     * rather than let it wait seconds for a new process (issue 16: mapped within 300 ms of due).
     */
    public synchronized boolean notify(String title, String text, String icon) {
        if (broken) {
            return false;
        }
        if (window == null || !window.ready()) {
            startAhead();
            return false;
        }
        send(new ProcessMessage.Notify(title, text, icon));
        return true;
    }

    /** A window process failed: what it would show must go through the tray until the user opens the window. */
    public boolean broken() {
        return broken;
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
            long since = System.nanoTime();
            started.onEnd(code -> {
                if (code != 0 && running.getAsBoolean()) {
                    failed(WindowFailure.of(started.output()), code);
                } else if (running.getAsBoolean() && System.nanoTime() - since > RESTART_AFTER) {
                    // it ended by itself while waiting (a new display language): the next one is
                    // started ahead at once, so the next open or notification does not wait for it
                    // (not when it ended soon after its start: it could not wait, and would again)
                    startAhead();
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
