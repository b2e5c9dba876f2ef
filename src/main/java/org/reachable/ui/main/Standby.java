package org.reachable.ui.main;

import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * The window process between opens. When nothing shows any more it stays alive, hidden, with the
 * toolkit's pulse stopped, so the next click shows a window that is already built (issue 16: a
 * tray click shows the window within 300 ms) at under a wake-up a second while it waits. It ends
 * instead without a tray (the window is the app), when the pulse cannot be stopped (it would wake
 * the CPU 60 times a second all day), and when a new process would build the screens otherwise (a
 * new display language): the next open then starts a fresh one. FX thread.
 */
public final class Standby {

    private static final Logger LOG = Logger.getLogger("org.reachable");

    /** What {@link IdlePulse} does; a seam for tests. */
    public interface Pulse {
        boolean available();

        void stop();

        void start();
    }

    private final Pulse pulse;
    private final boolean fallback;
    private final BooleanSupplier outdated;
    private final Runnable exit;
    private boolean waiting;

    /**
     * @param fallback without a tray: the window is the app, closing it quits
     * @param outdated true when a process started now would build other screens (another language)
     * @param exit ends the process
     */
    public Standby(Pulse pulse, boolean fallback, BooleanSupplier outdated, Runnable exit) {
        this.pulse = pulse;
        this.fallback = fallback;
        this.outdated = outdated;
        this.exit = exit;
    }

    /** Nothing shows any more (or nothing has yet): wait hidden, or end. */
    public void nothingShows() {
        if (fallback || !pulse.available() || outdated.getAsBoolean()) {
            exit.run();
            return;
        }
        pulse.stop();
        if (!waiting) {
            LOG.info("The window process waits hidden for the next open, the toolkit's pulse stopped");
        }
        waiting = true;
    }

    /** Something is about to show: the pulse runs again first, or it would never be drawn. */
    public void wake() {
        pulse.start();
        waiting = false;
    }

    /** The files changed while it waits: a process that is now outdated ends, the next open starts afresh. */
    public void filesChanged() {
        if (waiting && outdated.getAsBoolean()) {
            LOG.info("The window process ends: the next open builds the screens in the new language");
            exit.run();
        }
    }

    public boolean waiting() {
        return waiting;
    }
}
