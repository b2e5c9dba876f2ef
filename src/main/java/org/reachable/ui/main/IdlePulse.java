package org.reachable.ui.main;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.logging.Logger;

/**
 * The JavaFX toolkit's pulse timer, stopped while the window process shows nothing and started
 * again before it shows something. The toolkit means to pause this timer itself when nothing
 * animates, but on Linux the GTK timer's pause does nothing (OpenJFX 21, GtkTimer._pause is
 * empty): a toolkit with every stage hidden still wakes the CPU ~62 times a second, all of it this
 * timer. Stopped, a hidden window process idles at under one wake-up a second (docs/footprint.md).
 *
 * <p>There is no public API for it, so the timer is reached by reflection; where that is refused
 * (the toolkit on the module path without {@code --add-opens}, or a JavaFX that renamed it) the
 * pulse is not {@link #available()} and the process must not stay alive hidden. FX thread.
 */
public final class IdlePulse implements Standby.Pulse {

    private static final Logger LOG = Logger.getLogger("org.reachable");

    /** The toolkit's timer and how to start and stop it; found at first use. */
    private record Handle(Object timer, Method start, Method stop, Method running, int period) {
    }

    private Handle handle;
    private boolean looked;

    private IdlePulse() {
    }

    /**
     * The running toolkit's pulse. It is looked up at first use, not here: the toolkit starts its
     * timer only after the startup runnable returns, so it must not be stopped before.
     */
    public static IdlePulse ofToolkit() {
        return new IdlePulse();
    }

    private Handle handle() {
        if (!looked) {
            looked = true;
            try {
                Object toolkit = Class.forName("com.sun.javafx.tk.Toolkit").getMethod("getToolkit").invoke(null);
                Object timer = field(toolkit.getClass(), "pulseTimer").get(toolkit);
                Class<?> timerClass = Class.forName("com.sun.glass.ui.Timer");
                // the toolkit's own rate (16 ms); the timer forgets its period when stopped
                int period = field(toolkit.getClass(), "PULSE_INTERVAL").getInt(toolkit);
                handle = new Handle(timer, timerClass.getMethod("start", int.class), timerClass.getMethod("stop"),
                        timerClass.getMethod("isRunning"), period);
            } catch (ReflectiveOperationException | RuntimeException e) {
                unavailable(e.toString());
            }
        }
        return handle;
    }

    private static void unavailable(String why) {
        LOG.info("The toolkit's pulse cannot be stopped while the window is hidden: " + why);
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(name);
    }

    @Override
    public boolean available() {
        return handle() != null;
    }

    /** No more pulses: nothing animates, lays out or renders until {@link #start()}. */
    @Override
    public void stop() {
        if (available() && running()) {
            call(handle.stop());
        }
    }

    /** Pulses again at the toolkit's own rate (a scene changed meanwhile renders at the first one). */
    @Override
    public void start() {
        if (available() && !running()) {
            call(handle.start(), handle.period());
        }
    }

    /** Whether the toolkit's timer runs (whoever stopped it). */
    public boolean running() {
        try {
            return !available() || (Boolean) handle.running().invoke(handle.timer());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }

    private void call(Method method, Object... args) {
        try {
            method.invoke(handle.timer(), args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning("The toolkit's pulse timer: " + e);
        }
    }
}
