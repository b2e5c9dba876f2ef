package org.reachable.adapters.tray;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.reachable.adapters.dbus.SessionBus;
import org.reachable.adapters.files.LogFile;
import org.reachable.adapters.dbus.WatcherProbe;
import org.reachable.adapters.tray.sni.SniTray;
import org.reachable.adapters.tray.sni.StatusNotifierWatcher;
import org.reachable.ui.tray.Tray;

/**
 * The tray this desktop takes, decided before the icon docks and as cheaply as the facts allow:
 * no session bus, AWT's icon; a bus whose StatusNotifierWatcher has no owner (asked by
 * {@link WatcherProbe}, a few bytes on a socket), AWT's icon without loading dbus-java at all; an
 * owner, the StatusNotifierItem. One kind is chosen, once: the app never shows two icons.
 */
public final class DesktopTrays {

    private static final Logger LOG = Logger.getLogger(DesktopTrays.class.getName());
    /** A session bus answers in milliseconds; one that takes longer must not hold the icon back. */
    static final long PATIENCE_MILLIS = 1000;

    private DesktopTrays() {
    }

    /**
     * {@link #forDesktop}, begun now on a thread of its own; the supplier waits for it. The tray's start
     * settles its data folder, its single instance, its log and the last known status meanwhile (~70 ms on
     * the main thread), and the StatusNotifierItem's bus connection (the probe, dbus-java's connection and
     * authentication: ~80 ms of CPU) no longer waits for that on a machine with a second core. A second start,
     * which hands over to the running one, never asks: its connection closes as the JVM exits. What the
     * choice logs before reachable.log is open waits for it ({@link LogFile#holdUntilOpen}).
     */
    public static Supplier<Tray> ahead(Map<String, String> environment) {
        LogFile.holdUntilOpen();
        FutureTask<Tray> choice = new FutureTask<>(() -> forDesktop(environment));
        Thread chooser = new Thread(choice, "tray-choice");
        chooser.setDaemon(true);
        chooser.start();
        return () -> {
            try {
                return choice.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the tray was chosen", e);
            }
        };
    }

    /** A StatusNotifierItem where the panel takes one (KDE, GNOME with AppIndicator, XFCE…), else AWT's icon. */
    public static Tray forDesktop(Map<String, String> environment) {
        return choose(SessionBus.address(environment),
                address -> WatcherProbe.ask(address, StatusNotifierWatcher.NAME, PATIENCE_MILLIS),
                (address, answer) -> SniTray.at(address, environment, answer == WatcherProbe.Answer.OWNED), AwtTray::new);
    }

    /**
     * @param probe whether the watcher's name has an owner on the bus at an address
     * @param sni   the StatusNotifierItem tray on the bus at an address (dbus-java), when it can be had; with
     *              what the probe answered
     */
    static Tray choose(Optional<String> bus, Function<String, WatcherProbe.Answer> probe,
            BiFunction<String, WatcherProbe.Answer, Optional<? extends Tray>> sni, Supplier<Tray> awt) {
        if (bus.isEmpty()) {
            LOG.info("Tray: AWT (no session bus)");
            return awt.get();
        }
        WatcherProbe.Answer answer = probe.apply(bus.get());
        if (answer == WatcherProbe.Answer.NOT_OWNED) {
            LOG.info("Tray: AWT (no StatusNotifierWatcher on the session bus)");
            return awt.get();
        }
        if (answer == WatcherProbe.Answer.SLOW) {
            Tray icon = awt.get();
            if (icon.isSupported()) {
                LOG.warning("Tray: AWT (the session bus did not answer within " + PATIENCE_MILLIS + " ms)");
                return icon;
            }
            // no XEmbed tray host either: only the bus can give us an icon, however slow it is
        }
        Optional<? extends Tray> item = sni.apply(bus.get(), answer);
        LOG.info(item.isPresent() ? "Tray: StatusNotifierItem" : "Tray: AWT (no StatusNotifierWatcher on the session bus)");
        return item.<Tray>map(t -> t).orElseGet(awt);
    }
}
