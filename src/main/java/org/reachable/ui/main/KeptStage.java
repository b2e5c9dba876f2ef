package org.reachable.ui.main;

import java.lang.reflect.Method;
import java.util.logging.Logger;
import javafx.stage.Window;

/**
 * A window taken off the screen and put back without JavaFX hiding it. A hidden JavaFX window loses
 * its styles and its drawing (the toolkit forgets the scene's styles and drops the scene's native
 * peer), so the next show styles, lays out and draws the whole scene again: ~100 ms of CPU for the
 * main window on every open (issue 16, measured with JFR). Unmapping only the native window keeps
 * all of that, and putting it back costs what the window manager and one repaint cost.
 *
 * <p>There is no public API for it: the window's toolkit peer is reached by reflection, as
 * {@link IdlePulse} reaches the pulse timer. Where that is refused (JavaFX on the module path
 * without {@code --add-exports}, a JavaFX that renamed it) it is not {@link #available()} and the
 * window is hidden and shown as usual. FX thread.
 */
public final class KeptStage {

    private static final Logger LOG = Logger.getLogger("org.reachable");
    private static final Method PEER;
    private static final Method SET_VISIBLE;

    static {
        Method peer = null;
        Method visible = null;
        try {
            peer = Class.forName("com.sun.javafx.stage.WindowHelper").getMethod("getPeer", Window.class);
            visible = Class.forName("com.sun.javafx.tk.TKStage").getMethod("setVisible", boolean.class);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.info("A closed window is hidden, not kept drawn: " + e);
        }
        PEER = peer;
        SET_VISIBLE = visible;
    }

    private KeptStage() {
    }

    public static boolean available() {
        return PEER != null;
    }

    /** Takes a showing window off the screen (or puts it back); false when it could not, so the caller hides it. */
    public static boolean map(Window window, boolean mapped) {
        if (!available() || !window.isShowing()) {
            return false;
        }
        try {
            Object peer = PEER.invoke(null, window);
            if (peer == null) {
                return false;
            }
            SET_VISIBLE.invoke(peer, mapped);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning("The window's native peer: " + e);
            return false;
        }
    }
}
